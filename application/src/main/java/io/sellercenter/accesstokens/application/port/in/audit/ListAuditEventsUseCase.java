package io.sellercenter.accesstokens.application.port.in.audit;

/** A seller admin looks through their seller's audit trail, newest first. */
public interface ListAuditEventsUseCase {
    AuditEventPage list(ListAuditEventsQuery query);
}
