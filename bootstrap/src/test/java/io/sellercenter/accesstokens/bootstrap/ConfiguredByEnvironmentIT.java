package io.sellercenter.accesstokens.bootstrap;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built jar, configured as operators configure it: environment variables only, two nodes on one database.
 * Runs after packaging (failsafe), since it needs the jar.
 */
class ConfiguredByEnvironmentIT {
    private static final Pattern EVENT_LINE = Pattern.compile("(?m)access-tokens\\.events - (\\{.*})$");

    @Test
    void tokenEventsGoOutAsJsonLinesOnTheNodeWhereTheyAreTurnedOnAndNowhereElse() {
        Map<String, String> database = database(PostgresDatabase.freshDatabaseUrl());
        try (ServiceProcess withEvents = ServiceProcess.start("events-on", with(database,
                "ACCESS_TOKENS_EVENTS_JSON_LINES_ENABLED", "true"));
             ServiceProcess without = ServiceProcess.start("events-off", database)) {
            ApiClient a = withEvents.client();
            SellerFixture seller = SellerFixture.create(a, a.signIn(RunningService.OPERATOR_EMAIL,
                    RunningService.OPERATOR_PASSWORD), "Evented Co");

            ApiClient.Reply generated = a.post("/api/v1/access-tokens", seller.adminSession(),
                    "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(5) + "\"}");
            String onB = without.client().signIn(seller.adminEmail(), SellerFixture.PASSWORD);
            ApiClient.Reply revoked = without.client().post("/api/v1/access-tokens/" + generated.text("id")
                    + "/revoke", onB, null);

            assertThat(revoked.status()).isEqualTo(200);
            Eventually.until("the event line is written", () -> !events(withEvents.output()).isEmpty());
            assertThat(events(withEvents.output())).singleElement().satisfies(event -> assertThat(event)
                    .containsEntry("action", "TOKEN_GENERATED").containsEntry("tokenId", generated.text("id"))
                    .containsEntry("sellerId", seller.sellerId()).containsEntry("outcome", "SUCCESS"));
            assertThat(withEvents.output()).doesNotContain(generated.text("token"));
            assertThat(events(without.output())).as("not turned on there").isEmpty();
        }
    }

    static Map<String, String> database(String jdbcUrl) {
        return Map.of("DATASOURCES_DEFAULT_URL", jdbcUrl, "DATASOURCES_DEFAULT_USERNAME", PostgresDatabase.USER);
    }

    static Map<String, String> with(Map<String, String> base, String name, String value) {
        Map<String, String> all = new java.util.HashMap<>(base);
        all.put(name, value);
        return all;
    }

    private static List<Map<String, Object>> events(String output) {
        Matcher line = EVENT_LINE.matcher(output);
        List<Map<String, Object>> events = new java.util.ArrayList<>();
        while (line.find()) {
            try {
                events.add(JsonMapper.createDefault().readValue(line.group(1),
                        Argument.mapOf(String.class, Object.class)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return events;
    }
}
