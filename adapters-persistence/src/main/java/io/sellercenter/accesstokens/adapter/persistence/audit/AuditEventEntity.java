package io.sellercenter.accesstokens.adapter.persistence.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/** A row of {@code audit_event}: one event, or ({@code minute} set) those alike in that minute. */
@MappedEntity("audit_event")
record AuditEventEntity(
        @Id @GeneratedValue @Nullable Long id,
        Instant occurredAt,
        String action,
        @Nullable String actor,
        @Nullable UUID sellerId,
        @Nullable UUID tokenId,
        @Nullable String clientIp,
        @Nullable String userAgent,
        String outcome,
        int occurrences,
        @Nullable Instant minute) {
}
