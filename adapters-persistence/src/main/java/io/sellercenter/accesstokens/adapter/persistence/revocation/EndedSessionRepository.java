package io.sellercenter.accesstokens.adapter.persistence.revocation;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface EndedSessionRepository extends GenericRepository<EndedSessionEntity, UUID> {
    /** Ends the session, unless it already was. */
    @Query("""
            INSERT INTO ended_session (session_id, expires_at) VALUES (:sessionId, :expiresAt)
            ON CONFLICT (session_id) DO NOTHING""")
    void end(UUID sessionId, Instant expiresAt);

    boolean existsBySessionId(UUID sessionId);

    @Query("SELECT * FROM ended_session WHERE expires_at > now()")
    List<EndedSessionEntity> findUnexpired();
}
