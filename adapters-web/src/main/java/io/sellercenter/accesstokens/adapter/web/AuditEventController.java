package io.sellercenter.accesstokens.adapter.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.application.port.in.AuditEvent;
import io.sellercenter.accesstokens.application.port.in.AuditEventPage;
import io.sellercenter.accesstokens.application.port.in.ListAccessTokensQuery;
import io.sellercenter.accesstokens.application.port.in.ListAuditEventsQuery;
import io.sellercenter.accesstokens.application.port.in.ListAuditEventsUseCase;
import io.sellercenter.accesstokens.domain.AccessTokenId;

import java.util.List;
import java.util.Optional;

/** A seller admin's view of their seller's audit trail: who did what to which token, newest first. */
@Controller("/api/v1/audit-events")
@Secured("SELLER_ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditEventController {
    private final ListAuditEventsUseCase audit;

    AuditEventController(ListAuditEventsUseCase audit) {
        this.audit = audit;
    }

    @Get
    AuditEventPageResponse list(@Nullable @QueryValue String tokenId, @Nullable @QueryValue String action,
                                @Nullable @QueryValue String from, @Nullable @QueryValue String to,
                                @Nullable @QueryValue String page, @Nullable @QueryValue String size,
                                Authentication authentication) {
        Principals.SessionUser admin = Principals.sessionUser(authentication)
                .orElseThrow(() -> new IllegalStateException("the audit trail requires a session"));
        ListAuditEventsQuery query = new ListAuditEventsQuery(admin.adminSellerId(),
                present(tokenId).map(id -> new AccessTokenId(RequestValues.uuid("tokenId", id))),
                present(action).map(a -> RequestValues.oneOf("action", a, AuditEvent.Action.class)),
                present(from).map(f -> RequestValues.instant("from", f)),
                present(to).map(t -> RequestValues.instant("to", t)),
                RequestValues.integer("page", page, 0),
                RequestValues.integer("size", size, ListAccessTokensQuery.DEFAULT_SIZE));
        AuditEventPage events = audit.list(query);
        return new AuditEventPageResponse(events.items().stream().map(AuditEventResponse::of).toList(),
                events.page(), events.size(), events.totalItems());
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
