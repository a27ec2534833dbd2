package io.sellercenter.accesstokens.application.port.out.audit;

import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.audit.AuditEventFilter;
import io.sellercenter.accesstokens.domain.shared.Page;
import io.sellercenter.accesstokens.domain.shared.PageRequest;

/** Who did what to which token, and when: kept, and looked up by seller. Never holds a secret. */
public interface AuditTrail {
    /** Appends in the caller's transaction, so that the event exists exactly when the change it records does. */
    void record(AuditEvent event);

    /**
     * Appends later, off the caller's path, for events that record no change (such as a refused token); under a flood
     * of them some may be dropped rather than slow the service down.
     */
    void recordSoon(AuditEvent event);

    /** One page of the events that match, newest first. */
    Page<AuditEvent> page(AuditEventFilter filter, PageRequest page);
}
