package io.sellercenter.accesstokens.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupAccountsTest {

    @Test
    void emptyEmbeddedDatabaseGetsOneDemoSellerAndTheOperatorOnlyOnce() {
        String database = PostgresDatabase.freshDatabaseUrl();
        Map<String, Object> seeding = Map.of("access-tokens.demo.seed-when-empty", true);
        Logger log = (Logger) LoggerFactory.getLogger(StartupAccounts.class);
        Level level = log.getLevel();
        ListAppender<ILoggingEvent> said = new ListAppender<>();
        said.start();
        log.addAppender(said);
        log.setLevel(Level.INFO);
        try {
            try (RunningService first = RunningService.start(database, seeding)) {
                assertThat(sellerNames(first)).containsExactly(StartupAccounts.DEMO_SELLER);
            }
            List<String> atFirstStart = messages(said);
            said.list.clear();
            try (RunningService second = RunningService.start(database, seeding)) {
                assertThat(sellerNames(second)).containsExactly(StartupAccounts.DEMO_SELLER);
            }

            assertThat(atFirstStart).anyMatch(line -> line.equals("Created the platform operator "
                    + RunningService.OPERATOR_EMAIL)).anyMatch(line -> line.contains("Demo seller"));
            assertThat(messages(said)).as("at the second start, nothing is created")
                    .noneMatch(line -> line.startsWith("Created")).noneMatch(line -> line.contains("Demo seller"));
        } finally {
            log.detachAppender(said);
            log.setLevel(level);
        }
    }

    private static List<String> messages(ListAppender<ILoggingEvent> said) {
        return said.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void embeddedDatabaseKeepsItsDataAcrossRestarts(@TempDir Path dataDirectory) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
             var connection = database.server().getPostgresDatabase().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (value text)");
            statement.execute("INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
             var connection = database.server().getPostgresDatabase().getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT value FROM kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void embeddedDatabaseCommitsDurablyAndTakesOnlyItsPassword(@TempDir Path dataDirectory) throws Exception {
        for (int start = 0; start < 2; start++) {
            try (EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory);
                 var connection = DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER,
                         database.password());
                 var statement = connection.createStatement()) {
                for (String setting : new String[]{"fsync", "synchronous_commit", "full_page_writes"}) {
                    try (var rows = statement.executeQuery("SHOW " + setting)) {
                        rows.next();
                        assertThat(rows.getString(1)).as(setting).isEqualTo("on");
                    }
                }
                assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(),
                        EmbeddedDatabase.USER, "")).as("without the password").isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> DriverManager.getConnection(database.jdbcUrl(),
                        EmbeddedDatabase.USER, "a guess")).isInstanceOf(SQLException.class);
            }
        }
        assertThat(Files.getPosixFilePermissions(dataDirectory.resolve("postgres-password")))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
                        PosixFilePermission.OWNER_WRITE);
    }

    private static List<Object> sellerNames(RunningService service) {
        String operator = service.signInAsOperator();
        return service.get("/api/v1/platform/sellers", operator).items().stream().map(item -> item.get("name")).toList();
    }
}
