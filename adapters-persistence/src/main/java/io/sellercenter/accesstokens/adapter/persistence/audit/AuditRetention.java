package io.sellercenter.accesstokens.adapter.persistence.audit;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.sellercenter.accesstokens.adapter.persistence.Setting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes audit events older than {@code access-tokens.audit.retention} (400 days by default), and sessions ended and
 * expired since, every {@code retention-interval}: in batches of {@code retention-batch} rows, each its own short
 * transaction, so that a large backlog never holds locks for long. Every node may run it at once: a row another node
 * is deleting is skipped.
 */
@Context
class AuditRetention {
    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);
    private static final String DELETE_BATCH = """
            DELETE FROM audit_event WHERE id IN (
                SELECT id FROM audit_event WHERE occurred_at < ? ORDER BY occurred_at LIMIT ? FOR UPDATE SKIP LOCKED)""";
    private static final String DELETE_EXPIRED_SESSIONS = """
            DELETE FROM ended_session WHERE session_id IN (
                SELECT session_id FROM ended_session WHERE expires_at < now() LIMIT ? FOR UPDATE SKIP LOCKED)""";

    private static final String INTERVAL = "${access-tokens.audit.retention-interval:1h}";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Duration retention;
    private final int batch;

    AuditRetention(JdbcOperations jdbc, TransactionOperations<Connection> transactions,
                   @Value("${access-tokens.audit.retention:400d}") Duration retention,
                   @Value(INTERVAL) Duration interval,
                   @Value("${access-tokens.audit.retention-batch:5000}") int batch) {
        // A retention of nothing would delete the whole audit trail.
        Setting.positive("access-tokens.audit.retention", retention);
        Setting.positive("access-tokens.audit.retention-interval", interval);
        Setting.atLeast("access-tokens.audit.retention-batch", batch, 1);
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.retention = retention;
        this.batch = batch;
    }

    @Scheduled(fixedDelay = INTERVAL, initialDelay = "1m")
    void scheduled() {
        try {
            long deleted = deleteOlderThan(Instant.now().minus(retention));
            if (deleted > 0) {
                LOG.info("Deleted {} audit events older than {}", deleted, retention);
            }
            deleteExpiredSessions();
        } catch (RuntimeException e) {
            LOG.warn("Could not delete old audit events ({}); trying again later", e.getClass().getSimpleName());
        }
    }

    /** Deletes the events older than {@code cutoff}, batch by batch; returns how many. */
    long deleteOlderThan(Instant cutoff) {
        long total = 0;
        int deleted;
        do {
            deleted = transactions.executeWrite(status -> jdbc.prepareStatement(DELETE_BATCH, statement -> {
                statement.setTimestamp(1, Timestamp.from(cutoff));
                statement.setInt(2, batch);
                return statement.executeUpdate();
            }));
            total += deleted;
        } while (deleted == batch);
        return total;
    }

    private void deleteExpiredSessions() {
        int deleted;
        do {
            deleted = transactions.executeWrite(status -> jdbc.prepareStatement(DELETE_EXPIRED_SESSIONS,
                    statement -> {
                        statement.setInt(1, batch);
                        return statement.executeUpdate();
                    }));
        } while (deleted == batch);
    }
}
