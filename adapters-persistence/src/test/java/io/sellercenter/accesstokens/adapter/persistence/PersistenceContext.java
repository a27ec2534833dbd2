package io.sellercenter.accesstokens.adapter.persistence;

import io.micronaut.context.ApplicationContext;

import java.util.Map;

/** The persistence adapter as the service runs it: its beans, Flyway's schema, on a fresh real database. */
public final class PersistenceContext {
    private PersistenceContext() {
    }

    public static ApplicationContext start() {
        return ApplicationContext.run(Map.of(
                "datasources.default.url", PostgresDatabase.freshDatabaseUrl(),
                "datasources.default.username", "postgres",
                "datasources.default.password", "",
                "datasources.default.dialect", "POSTGRES",
                "flyway.datasources.default.enabled", true));
    }
}
