package io.sellercenter.accesstokens.adapter.persistence.token;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.core.order.Ordered;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import io.sellercenter.accesstokens.adapter.persistence.Setting;
import io.sellercenter.accesstokens.adapter.persistence.TokenCacheSize;
import io.sellercenter.accesstokens.application.port.out.token.TokenUsageRecorder;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a token's last use off the request path: a use is noted in memory (at most one per token per
 * {@code min-interval}) and written in one batch every {@code flush-interval}, and once more when the service stops:
 * on the shutdown event, after the other listeners (graceful shutdown lets requests in flight finish first), and before
 * any bean is destroyed, since the repositories are gone by then.
 */
@Context
class BatchedTokenUsageWriter implements TokenUsageRecorder, ApplicationEventListener<ShutdownEvent>, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(BatchedTokenUsageWriter.class);
    private static final String UPDATE = """
            UPDATE access_token SET last_used_at = ?, last_used_ip = ?
            WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)""";

    private static final String FLUSH_INTERVAL = "${access-tokens.last-use.flush-interval:5s}";

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final Cache<AccessTokenId, Boolean> recentlyNoted;
    private final Map<AccessTokenId, Use> pending = new ConcurrentHashMap<>();

    BatchedTokenUsageWriter(JdbcOperations jdbc, TransactionOperations<Connection> transactions,
                            @Value("${access-tokens.last-use.min-interval:1m}") Duration minInterval,
                            @Value(FLUSH_INTERVAL) Duration flushInterval,
                            @Value("${access-tokens.cache.maximum-size:0}") long maximumTracked) {
        Setting.notNegative("access-tokens.last-use.min-interval", minInterval);
        Setting.positive("access-tokens.last-use.flush-interval", flushInterval);
        this.jdbc = jdbc;
        this.transactions = transactions;
        // Upkeep on the calling thread: handing it to the common pool woke one of its threads every few reads.
        this.recentlyNoted = Caffeine.newBuilder().executor(Runnable::run).expireAfterWrite(minInterval)
                .maximumSize(TokenCacheSize.of(maximumTracked)).build();
    }

    @Override
    public void recordUse(AccessTokenId token, Instant at, String clientAddress) {
        // Most uses find their token noted already: a read answers them, cheaper than an insert that finds it there.
        if (recentlyNoted.getIfPresent(token) == null
                && recentlyNoted.asMap().putIfAbsent(token, Boolean.TRUE) == null) {
            pending.put(token, new Use(at, clientAddress));
        }
    }

    /** Writes the uses noted since the last flush; returns how many. */
    @Scheduled(fixedDelay = FLUSH_INTERVAL, initialDelay = FLUSH_INTERVAL)
    int flush() {
        List<Map.Entry<AccessTokenId, Use>> batch = new ArrayList<>();
        for (AccessTokenId token : List.copyOf(pending.keySet())) {
            Use use = pending.remove(token);
            if (use != null) {
                batch.add(Map.entry(token, use));
            }
        }
        if (batch.isEmpty()) {
            return 0;
        }
        try {
            transactions.executeWrite(status -> jdbc.prepareStatement(UPDATE, statement -> {
                for (Map.Entry<AccessTokenId, Use> entry : batch) {
                    addToBatch(statement, entry.getKey(), entry.getValue());
                }
                return statement.executeBatch();
            }));
        } catch (RuntimeException e) {
            LOG.warn("Could not record the last use of {} tokens ({})", batch.size(), e.getClass().getSimpleName());
        }
        return batch.size();
    }

    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        flush();
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static void addToBatch(PreparedStatement statement, AccessTokenId token, Use use)
            throws java.sql.SQLException {
        Timestamp at = Timestamp.from(use.at());
        statement.setTimestamp(1, at);
        statement.setString(2, use.clientAddress());
        statement.setObject(3, token.value());
        statement.setTimestamp(4, at);
        statement.addBatch();
    }

    private record Use(Instant at, String clientAddress) {
    }
}
