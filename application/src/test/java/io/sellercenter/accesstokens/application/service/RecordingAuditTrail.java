package io.sellercenter.accesstokens.application.service;

import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.application.port.in.audit.AuditEventPage;
import io.sellercenter.accesstokens.application.port.in.audit.ListAuditEventsQuery;
import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;

import java.util.ArrayList;
import java.util.List;

/** The audit trail as two lists: what was recorded in a transaction, and what was left to record soon. */
final class RecordingAuditTrail implements AuditTrail {
    final List<AuditEvent> recorded = new ArrayList<>();
    final List<AuditEvent> recordedSoon = new ArrayList<>();

    @Override
    public void record(AuditEvent event) {
        recorded.add(event);
    }

    @Override
    public void recordSoon(AuditEvent event) {
        recordedSoon.add(event);
    }

    @Override
    public AuditEventPage page(ListAuditEventsQuery query) {
        throw new UnsupportedOperationException("not needed by these tests");
    }
}
