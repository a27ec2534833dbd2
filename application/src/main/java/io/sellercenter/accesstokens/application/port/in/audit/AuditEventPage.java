package io.sellercenter.accesstokens.application.port.in.audit;

import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import java.util.List;

/** One page of audit events, newest first, and how many match in all. */
public record AuditEventPage(List<AuditEvent> items, int page, int size, long totalItems) {
    public AuditEventPage {
        items = List.copyOf(items);
    }
}
