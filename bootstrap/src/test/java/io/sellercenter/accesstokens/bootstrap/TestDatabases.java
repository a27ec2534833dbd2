package io.sellercenter.accesstokens.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** One embedded PostgreSQL server for the whole test run, and a fresh empty database in it per caller. */
final class TestDatabases {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedDatabase server;

    private TestDatabases() {
    }

    static synchronized String freshDatabaseUrl() {
        if (server == null) {
            try {
                server = EmbeddedDatabase.start(Files.createTempDirectory("access-tokens-test-db"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        String name = "e2e_" + COUNTER.incrementAndGet();
        try (Connection connection = server.server().getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create a test database", e);
        }
        return server.server().getJdbcUrl(EmbeddedDatabase.USER, name);
    }
}
