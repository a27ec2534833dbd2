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
     * Appends later, off the caller's path, for events that record no change (such as a refused token). Events alike
     * (all but their time and user agent) in the same minute of the clock are kept as one, with how many there were
     * and the time of the first, whichever nodes record them: a flood costs a row a minute, not a row a call. Events
     * wait while the store is away and are written when it is back; only past a bound on what may wait are they
     * dropped, and then counted where operators see it.
     */
    void recordSoon(AuditEvent event);

    /** One page of the events that match, newest first. */
    Page<AuditEvent> page(AuditEventFilter filter, PageRequest page);
}
