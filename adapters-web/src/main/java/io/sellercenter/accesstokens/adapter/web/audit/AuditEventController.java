package io.sellercenter.accesstokens.adapter.web.audit;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.adapter.web.http.BlockingPool;
import io.sellercenter.accesstokens.adapter.web.http.PageParameter;
import io.sellercenter.accesstokens.adapter.web.http.RequestValues;
import io.sellercenter.accesstokens.adapter.web.http.SizeParameter;
import io.sellercenter.accesstokens.adapter.web.problem.ProblemResponses;
import io.sellercenter.accesstokens.adapter.web.security.Caller;
import io.sellercenter.accesstokens.application.port.in.audit.ListAuditEventsQuery;
import io.sellercenter.accesstokens.application.port.in.audit.ListAuditEventsUseCase;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.audit.AuditEventFilter;
import io.sellercenter.accesstokens.domain.shared.Page;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A seller admin's view of their seller's audit trail: who did what to which token, newest first. */
@Tag(name = "Audit")
@SecurityRequirement(name = "session")
@ProblemResponses.TooManyRequests
@ProblemResponses.InternalError
@ProblemResponses.Unavailable
@Controller("/api/v1/audit-events")
@Secured("SELLER_ADMIN")
@ExecuteOn(BlockingPool.NAME)
class AuditEventController {
    private final ListAuditEventsUseCase audit;

    AuditEventController(ListAuditEventsUseCase audit) {
        this.audit = audit;
    }

    @Operation(operationId = "listAuditEvents", summary = "The seller's audit trail, newest first")
    @ApiResponse(responseCode = "200", description = "One page of events",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AuditEventPageResponse.class)))
    @ProblemResponses.InvalidInput
    @ProblemResponses.NotAuthenticated
    @ProblemResponses.NotAllowed
    @Get
    AuditEventPageResponse list(
            @Parameter(required = false, description = "Only the events of this token")
            @Schema(type = "string", format = "uuid") @NonNull @QueryValue Optional<String> tokenId,
            @Parameter(required = false, description = "Only the events of this action")
            @Schema(implementation = AuditAction.class) @NonNull @QueryValue Optional<String> action,
            @Parameter(required = false, description = "Only the events at or after this instant")
            @Schema(type = "string", format = "date-time") @NonNull @QueryValue Optional<String> from,
            @Parameter(required = false, description = "Only the events at or before this instant; not before from")
            @Schema(type = "string", format = "date-time") @NonNull @QueryValue Optional<String> to,
            @PageParameter @NonNull @QueryValue Optional<String> page,
            @SizeParameter @NonNull @QueryValue Optional<String> size,
            Authentication authentication) {
        AuditEventFilter filter = new AuditEventFilter(Caller.user(authentication).administeredSeller(),
                tokenId.map(id -> new AccessTokenId(RequestValues.uuid("tokenId", id))),
                action.map(a -> RequestValues.oneOf("action", a, AuditAction.class).action),
                from.map(f -> RequestValues.instant("from", f)),
                to.map(t -> RequestValues.instant("to", t)));
        Page<AuditEvent> events = audit.list(new ListAuditEventsQuery(filter, RequestValues.pageRequest(page, size)));
        return new AuditEventPageResponse(events.items().stream().map(AuditEventResponse::of).toList(),
                events.request().page(), events.request().size(), events.totalItems());
    }

    @Serdeable
    @Schema(name = "AuditEventPage", description = "One page of audit events, newest first.")
    record AuditEventPageResponse(
            @Schema(requiredMode = REQUIRED) List<AuditEventResponse> items,
            @Schema(requiredMode = REQUIRED, minimum = "0", maximum = "1000000") int page,
            @Schema(requiredMode = REQUIRED, minimum = "1", maximum = "100") int size,
            @Schema(requiredMode = REQUIRED, minimum = "0") long totalItems) {
    }

    @Serdeable
    @Schema(name = "AuditEvent", description = "Who did what to which token, when, from where, and how it ended.")
    record AuditEventResponse(
            @Schema(requiredMode = REQUIRED, format = "date-time") String occurredAt,
            @Schema(requiredMode = REQUIRED) AuditAction action,
            @Schema(requiredMode = REQUIRED, nullable = true, pattern = "^(user|token):[0-9a-f-]{36}$",
                    example = "user:0862f179-68dc-47ee-a6ad-836497719473",
                    description = "`user:<id>` or `token:<id>`; null when unknown")
            @Nullable String actor,
            @Schema(requiredMode = REQUIRED, nullable = true, format = "uuid") @Nullable String sellerId,
            @Schema(requiredMode = REQUIRED, nullable = true, format = "uuid") @Nullable String tokenId,
            @Schema(requiredMode = REQUIRED, nullable = true, example = "203.0.113.7") @Nullable String clientIp,
            @Schema(requiredMode = REQUIRED, nullable = true, maxLength = 255) @Nullable String userAgent,
            @Schema(requiredMode = REQUIRED) AuditOutcome outcome,
            @Schema(requiredMode = REQUIRED, minimum = "1", example = "1",
                    description = "How many times it happened: refused calls alike (same minute, address, outcome "
                            + "and token) are one event, dated by the first, so that a flood does not drown the rest")
            int occurrences) {
        static AuditEventResponse of(AuditEvent event) {
            return new AuditEventResponse(RequestValues.format(event.occurredAt()), AuditAction.of(event.action()),
                    event.actor(), event.sellerId() == null ? null : event.sellerId().toString(),
                    event.tokenId() == null ? null : event.tokenId().toString(),
                    event.origin().clientIp(), event.origin().userAgent(), AuditOutcome.of(event.outcome()),
                    event.occurrences());
        }
    }
}
