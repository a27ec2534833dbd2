package io.sellercenter.accesstokens.adapter.web.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.adapter.web.http.RequestValues;
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

/** A seller admin's view of their seller's audit trail: who did what to which token, newest first. */
@Tag(name = "Audit")
@SecurityRequirement(name = "session")
@Controller("/api/v1/audit-events")
@Secured("SELLER_ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
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
            @Parameter(schema = @Schema(format = "uuid")) @Nullable @QueryValue String tokenId,
            @Parameter(schema = @Schema(type = "string", allowableValues = {"TOKEN_GENERATED", "TOKEN_REVOKED",
                    "TOKEN_RENEWED", "SIGN_IN", "TOKEN_AUTHENTICATION_FAILED"}))
            @Nullable @QueryValue String action,
            @Parameter(schema = @Schema(format = "date-time")) @Nullable @QueryValue String from,
            @Parameter(schema = @Schema(format = "date-time")) @Nullable @QueryValue String to,
            @Parameter(schema = @Schema(type = "integer", minimum = "0")) @Nullable @QueryValue String page,
            @Parameter(schema = @Schema(type = "integer", minimum = "1", maximum = "100"))
            @Nullable @QueryValue String size,
            Authentication authentication) {
        AuditEventFilter filter = new AuditEventFilter(Caller.user(authentication).administeredSeller(),
                present(tokenId).map(id -> new AccessTokenId(RequestValues.uuid("tokenId", id))),
                present(action).map(a -> RequestValues.oneOf("action", a, AuditEvent.Action.class)),
                present(from).map(f -> RequestValues.instant("from", f)),
                present(to).map(t -> RequestValues.instant("to", t)));
        Page<AuditEvent> events = audit.list(new ListAuditEventsQuery(filter, RequestValues.pageRequest(page, size)));
        return new AuditEventPageResponse(events.items().stream().map(AuditEventResponse::of).toList(),
                events.request().page(), events.request().size(), events.totalItems());
    }

    private static Optional<String> present(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    @Serdeable
    record AuditEventPageResponse(List<AuditEventResponse> items, int page, int size, long totalItems) {
    }

    @Serdeable
    record AuditEventResponse(String occurredAt, AuditEvent.Action action, @Nullable String actor,
                              @Nullable String sellerId, @Nullable String tokenId, @Nullable String clientIp,
                              @Nullable String userAgent, AuditEvent.Outcome outcome) {
        static AuditEventResponse of(AuditEvent event) {
            return new AuditEventResponse(RequestValues.format(event.occurredAt()), event.action(), event.actor(),
                    event.sellerId() == null ? null : event.sellerId().toString(),
                    event.tokenId() == null ? null : event.tokenId().toString(),
                    event.origin().clientIp(), event.origin().userAgent(), event.outcome());
        }
    }
}
