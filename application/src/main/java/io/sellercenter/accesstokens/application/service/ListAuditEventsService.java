package io.sellercenter.accesstokens.application.service;

import io.sellercenter.accesstokens.application.port.in.AuditEventPage;
import io.sellercenter.accesstokens.application.port.in.ListAuditEventsQuery;
import io.sellercenter.accesstokens.application.port.in.ListAuditEventsUseCase;
import io.sellercenter.accesstokens.application.port.out.AuditTrail;

public final class ListAuditEventsService implements ListAuditEventsUseCase {
    private final AuditTrail audit;

    public ListAuditEventsService(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public AuditEventPage list(ListAuditEventsQuery query) {
        return audit.page(query);
    }
}
