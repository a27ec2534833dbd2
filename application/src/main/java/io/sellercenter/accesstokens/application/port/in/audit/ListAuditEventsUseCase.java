package io.sellercenter.accesstokens.application.port.in.audit;

import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.shared.Page;

/** A seller admin looks through their seller's audit trail, newest first. */
public interface ListAuditEventsUseCase {
    Page<AuditEvent> list(ListAuditEventsQuery query);
}
