package io.sellercenter.accesstokens.application.service.audit;

import io.sellercenter.accesstokens.application.port.in.audit.ListAuditEventsQuery;
import io.sellercenter.accesstokens.application.port.in.audit.ListAuditEventsUseCase;
import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.shared.Page;

/** What a seller admin reads of their audit trail. */
public final class AuditEventQueryService implements ListAuditEventsUseCase {
    private final AuditTrail audit;

    public AuditEventQueryService(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public Page<AuditEvent> list(ListAuditEventsQuery query) {
        return audit.page(query.filter(), query.page());
    }
}
