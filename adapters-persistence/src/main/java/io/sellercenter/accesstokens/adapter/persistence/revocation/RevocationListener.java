package io.sellercenter.accesstokens.adapter.persistence.revocation;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.sellercenter.accesstokens.domain.token.TokenHash;
import jakarta.annotation.PostConstruct;
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
import java.util.Properties;

/**
 * Listens for revocations announced by any node and drops those tokens from this node's cache. It holds a connection
 * of its own, outside the pool. Notifications sent while it is not connected are lost, so whenever it is not
 * listening the cache is emptied and answers nothing; it reconnects by itself.
 */
@Context
class RevocationListener {
    static final String APPLICATION_NAME = "access-tokens-revocation-listener";
    private static final Logger LOG = LoggerFactory.getLogger(RevocationListener.class);
    private static final int POLL_MILLIS = 500;

    private final CaffeineKnownTokenCache cache;
    private final String url;
    private final String username;
    private final String password;
    private final Duration reconnectDelay;
    private volatile boolean running = true;
    private volatile Connection connection;
    private Thread thread;

    RevocationListener(CaffeineKnownTokenCache cache,
                       @Value("${datasources.default.url}") String url,
                       @Nullable @Value("${datasources.default.username:}") String username,
                       @Nullable @Value("${datasources.default.password:}") String password,
                       @Value("${access-tokens.cache.listener-reconnect-delay:1s}") Duration reconnectDelay) {
        this.cache = cache;
        this.url = url;
        this.username = username;
        this.password = password;
        this.reconnectDelay = reconnectDelay;
    }

    @PostConstruct
    void start() {
        thread = new Thread(this::run, "revocation-listener");
        thread.setDaemon(true);
        thread.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        cache.listening(false);
        thread.interrupt();
        closeQuietly(connection);
        thread.join(Duration.ofSeconds(5).toMillis());
    }

    private void run() {
        while (running) {
            try (Connection listening = connect()) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + PostgresRevocationBroadcast.CHANNEL);
                }
                cache.listening(true);
                LOG.info("Listening for revocations");
                PGConnection postgres = listening.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications(POLL_MILLIS);
                    if (notifications != null) {
                        for (PGNotification notification : notifications) {
                            evict(notification.getParameter());
                        }
                    }
                    if (listening.isClosed()) {
                        throw new SQLException("listener connection closed");
                    }
                }
            } catch (SQLException | RuntimeException e) {
                cache.listening(false);
                if (running) {
                    LOG.warn("Not listening for revocations ({}); the token cache is off until the listener "
                            + "reconnects", e.getClass().getSimpleName());
                    pause();
                }
            }
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
