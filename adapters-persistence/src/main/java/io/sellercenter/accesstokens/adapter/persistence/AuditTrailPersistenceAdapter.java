package io.sellercenter.accesstokens.adapter.persistence;

import io.sellercenter.accesstokens.application.port.out.AuditEvent;
import io.sellercenter.accesstokens.application.port.out.AuditTrail;
import jakarta.inject.Singleton;

/** Appends audit events to {@code audit_event}, inside whatever transaction the caller is in. */
@Singleton
class AuditTrailPersistenceAdapter implements AuditTrail {
    private final AuditEventRepository repository;

    AuditTrailPersistenceAdapter(AuditEventRepository repository) {
        this.repository = repository;
    }

    @Override
    public void record(AuditEvent event) {
        repository.save(new AuditEventEntity(null, event.occurredAt(), event.action().name(),
                event.actor().value(), event.sellerId().value(), event.tokenId().value()));
    }
}
