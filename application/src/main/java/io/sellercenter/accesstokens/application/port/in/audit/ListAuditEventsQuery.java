package io.sellercenter.accesstokens.application.port.in.audit;

import io.sellercenter.accesstokens.domain.audit.AuditEventFilter;
import io.sellercenter.accesstokens.domain.shared.PageRequest;

import java.util.Objects;

/** One page of the audit events of a seller that match {@code filter}, newest first. */
public record ListAuditEventsQuery(AuditEventFilter filter, PageRequest page) {
    public ListAuditEventsQuery {
        Objects.requireNonNull(filter, "filter");
        page = page == null ? PageRequest.first() : page;
    }
}
