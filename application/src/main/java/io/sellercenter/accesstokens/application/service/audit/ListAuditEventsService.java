package io.sellercenter.accesstokens.application.service.audit;

import io.sellercenter.accesstokens.application.port.in.audit.AuditEventPage;
import io.sellercenter.accesstokens.application.port.in.audit.ListAuditEventsQuery;
import io.sellercenter.accesstokens.application.port.in.audit.ListAuditEventsUseCase;
import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;

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
