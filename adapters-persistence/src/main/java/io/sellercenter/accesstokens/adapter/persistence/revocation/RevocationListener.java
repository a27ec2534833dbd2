package io.sellercenter.accesstokens.adapter.persistence.revocation;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.sellercenter.accesstokens.adapter.persistence.Setting;
import io.sellercenter.accesstokens.domain.token.TokenHash;
import jakarta.annotation.PreDestroy;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Listens for revocations announced by any node: drops those tokens from this node's cache and remembers ended
 * sessions. It holds a connection of its own, outside the pool. Notifications sent while it is not connected are lost,
 * so whenever it is not listening the cache is emptied and answers nothing, and ended sessions are asked of the
 * database; it reconnects by itself, and then reloads the ended sessions and has the tokens used lately read into the
 * cache ({@link KnownTokenWarmUp}). A connection can die without a word (a NAT
 * or a failover that sends no reset): every {@code listener-heartbeat} the listener asks the server something, and
 * takes silence for longer than {@code listener-timeout} as a lost connection. It starts listening once the context has
 * started, so that its thread never creates beans while the context is still creating them.
 */
@Context
class RevocationListener implements ApplicationEventListener<StartupEvent> {
    static final String APPLICATION_NAME = "access-tokens-revocation-listener";
    private static final Logger LOG = LoggerFactory.getLogger(RevocationListener.class);
    private final CaffeineKnownTokenCache cache;
    private final KnownTokenWarmUp warmUp;
    private final EndedSessionView sessions;
    private final EndedSessionRepository endedSessions;
    private final String url;
    private final String username;
    private final String password;
    private final Duration reconnectDelay;
    private final Duration heartbeat;
    private final Duration timeout;
    private volatile boolean running = true;
    private volatile Connection connection;
    private volatile Thread thread;

    RevocationListener(CaffeineKnownTokenCache cache, KnownTokenWarmUp warmUp, EndedSessionView sessions,
                       EndedSessionRepository endedSessions,
                       @Value("${datasources.default.url}") String url,
                       @Nullable @Value("${datasources.default.username:}") String username,
                       @Nullable @Value("${datasources.default.password:}") String password,
                       @Value("${access-tokens.cache.listener-reconnect-delay:1s}") Duration reconnectDelay,
                       @Value("${access-tokens.cache.listener-heartbeat:1s}") Duration heartbeat,
                       @Value("${access-tokens.cache.listener-timeout:2s}") Duration timeout) {
        this.cache = cache;
        this.warmUp = warmUp;
        this.sessions = sessions;
        Setting.positive("access-tokens.cache.listener-reconnect-delay", reconnectDelay);
        Setting.positive("access-tokens.cache.listener-heartbeat", heartbeat);
        Setting.positive("access-tokens.cache.listener-timeout", timeout);
        this.endedSessions = endedSessions;
        this.heartbeat = heartbeat;
        this.timeout = timeout;
        this.url = url;
        this.username = username;
        this.password = password;
        this.reconnectDelay = reconnectDelay;
    }

    @Override
    public void onApplicationEvent(StartupEvent started) {
        thread = new Thread(this::run, "revocation-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        notListening();
        closeQuietly(connection);
        if (thread != null) {
            thread.interrupt();
            thread.join(Duration.ofSeconds(5).toMillis());
        }
    }

    private void run() {
        while (running) {
            try (Connection listening = connect()) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + PostgresRevocationBroadcast.CHANNEL);
                }
                sessions.listening(endedSessions());
                cache.listening(true);
                warmUp.start();
                LOG.info("Listening for revocations");
                PGConnection postgres = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications((int) heartbeat.toMillis());
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            heard(notification.getParameter());
                        }
                    }
                    beat(listening);
                }
            } catch (SQLException | RuntimeException e) {
                notListening();
                if (running) {
                    LOG.warn("Not listening for revocations ({}); the token cache is off until the listener "
                            + "reconnects", e.getClass().getSimpleName());
                    pause();
                }
            }
        }
    }

    /** Asks the server something; an answer later than the timeout fails with the socket's timeout. */
    private static void beat(Connection listening) throws SQLException {
        try (Statement statement = listening.createStatement()) {
            statement.execute("SELECT 1");
        }
    }

    /** Every session ended so far, read after LISTEN: whatever ends later is heard of. */
    private Map<UUID, Instant> endedSessions() {
        Map<UUID, Instant> ended = new HashMap<>();
        endedSessions.findUnexpired().forEach(row -> ended.put(row.sessionId(), row.expiresAt()));
        return ended;
    }

    private void notListening() {
        cache.listening(false);
        sessions.notListening();
    }

    private void heard(String payload) {
        if (payload != null && payload.startsWith(EndedSessionsPersistenceAdapter.PAYLOAD_PREFIX)) {
            endedSession(payload.substring(EndedSessionsPersistenceAdapter.PAYLOAD_PREFIX.length()));
        } else {
            evict(payload);
        }
    }

    private void endedSession(String idAndExpiry) {
        try {
            int colon = idAndExpiry.lastIndexOf(':');
            sessions.heard(UUID.fromString(idAndExpiry.substring(0, colon)),
                    Instant.ofEpochSecond(Long.parseLong(idAndExpiry.substring(colon + 1))));
        } catch (RuntimeException unreadable) {
            // Not from this service: forget nothing, but trust memory no more than a reconnect would.
            throw new IllegalStateException("unreadable session notification");
        }
    }

    private void evict(String payload) {
        try {
            cache.evict(new TokenHash(payload));
        } catch (IllegalArgumentException notAHash) {
            cache.clear();
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (username != null && !username.isEmpty()) {
            properties.setProperty("user", username);
        }
        if (password != null && !password.isEmpty()) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        long timeoutSeconds = Math.max(1, timeout.toSeconds());
        properties.setProperty("connectTimeout", String.valueOf(timeoutSeconds));
        properties.setProperty("socketTimeout", String.valueOf(timeoutSeconds));
        return DriverManager.getConnection(url, properties);
    }

    private void pause() {
        try {
            Thread.sleep(reconnectDelay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // closing on the way out
            }
        }
    }
}
