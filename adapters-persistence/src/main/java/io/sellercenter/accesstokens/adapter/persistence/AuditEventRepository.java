package io.sellercenter.accesstokens.adapter.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditEventRepository extends GenericRepository<AuditEventEntity, Long> {
    AuditEventEntity save(AuditEventEntity event);

    List<AuditEventEntity> findByTokenIdOrderById(UUID tokenId);
}
