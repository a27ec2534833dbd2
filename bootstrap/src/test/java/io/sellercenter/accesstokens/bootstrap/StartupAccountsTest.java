package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StartupAccountsTest {

    @Test
    void emptyEmbeddedDatabaseGetsOneDemoSellerAndTheOperatorOnlyOnce() {
        String database = PostgresDatabase.freshDatabaseUrl();
        Map<String, Object> seeding = Map.of("access-tokens.demo.seed-when-empty", true);

        try (RunningService first = RunningService.start(database, seeding)) {
            assertThat(sellerNames(first)).containsExactly(StartupAccounts.DEMO_SELLER);
        }
        try (RunningService second = RunningService.start(database, seeding)) {
            assertThat(sellerNames(second)).containsExactly(StartupAccounts.DEMO_SELLER);
        }
    }

    @Test
    void embeddedDatabaseKeepsItsDataAcrossRestarts() throws Exception {
        Path dataDirectory = Files.createTempDirectory("access-tokens-data");
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

    private static java.util.List<Object> sellerNames(RunningService service) {
        String operator = service.signInAsOperator();
        return service.get("/api/v1/platform/sellers", operator).items().stream().map(item -> item.get("name")).toList();
    }
}
