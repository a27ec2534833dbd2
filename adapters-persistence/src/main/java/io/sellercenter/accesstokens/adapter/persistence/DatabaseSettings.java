package io.sellercenter.accesstokens.adapter.persistence;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;

import java.time.Duration;

/**
 * The database settings of application.yml, checked before the pool is made from them. The pool and the driver take
 * some values out of range for something else: Hikari waits for a connection without end at a timeout of {@code 0},
 * and the driver takes a negative socket timeout as none, so a node would hang on an outage instead of answering
 * {@code 503}. And a pool of one connection cannot start: Flyway needs two while it migrates through the pool.
 */
@Context
public class DatabaseSettings implements BeanCreatedEventListener<DatasourceConfiguration> {
    private final Duration connectionTimeout;

    DatabaseSettings(@Value("${access-tokens.database.connection-timeout-ms:2000}") long connectionTimeoutMs,
                     @Value("${access-tokens.database.statement-timeout-ms:2000}") long statementTimeoutMs,
                     @Value("${access-tokens.database.connect-timeout-seconds:2}") long connectTimeoutSeconds,
                     @Value("${access-tokens.database.socket-timeout-seconds:5}") long socketTimeoutSeconds) {
        Setting.atLeast("access-tokens.database.connection-timeout-ms", connectionTimeoutMs, 250);
        this.connectionTimeout = Duration.ofMillis(connectionTimeoutMs);
        Setting.atLeast("access-tokens.database.statement-timeout-ms", statementTimeoutMs, 1);
        Setting.atLeast("access-tokens.database.connect-timeout-seconds", connectTimeoutSeconds, 1);
        Setting.atLeast("access-tokens.database.socket-timeout-seconds", socketTimeoutSeconds, 1);
    }

    /** The longest a caller waits for the pool's connection, or for a query it would take one for. */
    public Duration connectionTimeout() {
        return connectionTimeout;
    }

    /** Made first, since the pool's configuration needs it: these checks come before any connection is asked for. */
    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration pool = event.getBean();
        Setting.atLeast("datasources." + pool.getName() + ".maximum-pool-size", pool.getMaximumPoolSize(), 2);
        return pool;
    }
}
