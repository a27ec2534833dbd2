package io.sellercenter.accesstokens.adapter.persistence.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditEventRepository extends GenericRepository<AuditEventEntity, Long> {
    String MATCHING = """
            FROM audit_event
            WHERE seller_id = :sellerId
              AND (CAST(:tokenId AS uuid) IS NULL OR token_id = :tokenId)
              AND (CAST(:action AS varchar) IS NULL OR action = :action)
              AND (CAST(:fromTime AS timestamptz) IS NULL OR occurred_at >= :fromTime)
              AND (CAST(:toTime AS timestamptz) IS NULL OR occurred_at <= :toTime)""";

    AuditEventEntity save(AuditEventEntity event);

    List<AuditEventEntity> findByTokenIdOrderById(UUID tokenId);

    @Query("SELECT * " + MATCHING + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
    List<AuditEventEntity> findMatching(UUID sellerId, @Nullable UUID tokenId, @Nullable String action,
                                        @Nullable Instant fromTime, @Nullable Instant toTime, int limit, long offset);

    @Query("SELECT count(*) " + MATCHING)
    long countMatching(UUID sellerId, @Nullable UUID tokenId, @Nullable String action, @Nullable Instant fromTime,
                       @Nullable Instant toTime);
}
