package io.sellercenter.accesstokens.bootstrap;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.adapter.web.testsupport.Failures;
import io.sellercenter.accesstokens.application.testsupport.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void aSessionWorksOnEveryNodeAndAcrossARestartSurvivesARotationAndEndsEverywhereOnSignOut() {
        Map<String, String> database = database(PostgresDatabase.freshDatabaseUrl());
        String secret = "first-session-secret-0123456789-abcdef";
        String rotated = "second-session-secret-0123456789-abcdef";
        Map<String, String> signing = with(database, "ACCESS_TOKENS_JWT_SECRET", secret);
        try (ServiceProcess nodeA = ServiceProcess.start("session-a", signing)) {
            ApiClient a = nodeA.client();
            SellerFixture seller = SellerFixture.create(a, a.signIn(RunningService.OPERATOR_EMAIL,
                    RunningService.OPERATOR_PASSWORD), "Roaming Co");
            String session = a.signIn(seller.adminEmail(), SellerFixture.PASSWORD);
            String signedOut = a.signIn(seller.adminEmail(), SellerFixture.PASSWORD);
            String other;
            try (ServiceProcess nodeB = ServiceProcess.start("session-b", signing)) {
                assertThat(nodeB.client().get("/api/v1/access-tokens", session).status()).as("on node B").isEqualTo(200);
                other = nodeB.client().signIn(seller.adminEmail(), SellerFixture.PASSWORD);
                assertThat(a.get("/api/v1/me", other).status()).as("B's session on node A").isEqualTo(200);

                assertThat(a.delete("/api/v1/auth/session", signedOut).status()).isEqualTo(204);
                assertThat(a.get("/api/v1/me", signedOut).status()).as("signed out, on node A").isEqualTo(401);
                Eventually.until("node B hears of the sign-out",
                        () -> nodeB.client().get("/api/v1/me", signedOut).status() == 401);
                assertThat(nodeB.client().get("/api/v1/me", session).status()).isEqualTo(200);
            }
            try (ServiceProcess restarted = ServiceProcess.start("session-b-restarted", signing)) {
                assertThat(restarted.client().get("/api/v1/me", session).status()).as("after a restart")
                        .isEqualTo(200);
                assertThat(restarted.client().get("/api/v1/me", signedOut).status()).as("still signed out")
                        .isEqualTo(401);
            }
            try (ServiceProcess rotating = ServiceProcess.start("session-rotated", with(database,
                    "ACCESS_TOKENS_JWT_SECRET", rotated, "ACCESS_TOKENS_JWT_PREVIOUS_SECRET", secret))) {
                assertThat(rotating.client().get("/api/v1/me", session).status())
                        .as("signed with the previous secret").isEqualTo(200);
                String fresh = rotating.client().signIn(seller.adminEmail(), SellerFixture.PASSWORD);
                assertThat(rotating.client().get("/api/v1/me", fresh).status()).isEqualTo(200);
                assertThat(a.get("/api/v1/me", fresh).status()).as("a node that does not know the new secret")
                        .isEqualTo(401);
            }
        }
    }

    /**
     * A service killed outright leaves its embedded PostgreSQL running on the data directory; the next start stops it
     * and carries on with the same data. A second service started on a directory a live one runs stops at once, and
     * leaves the live one, and its database, alone. A service stopped the normal way takes its database with it.
     */
    @Test
    void onTheEmbeddedDatabaseAKilledServiceStartsAgainAndASecondServiceLeavesALiveOneAlone(@TempDir Path directory) {
        Map<String, String> embedded = Map.of("ACCESS_TOKENS_DATA_DIR", directory.toString());
        Path data = directory.toAbsolutePath().resolve("postgres");
        String token;
        ServiceProcess killed = ServiceProcess.start("embedded-killed", embedded);
        try {
            ApiClient client = killed.client();
            token = newToken(client, "Embedded Co");
        } finally {
            killed.kill();
        }
        try {
            assertThat(postgresServing(data)).as("left running by the killed service").isPresent();

            try (ServiceProcess again = ServiceProcess.start("embedded-again", embedded)) {
                assertThat(again.client().get("/api/v1/me", "Bearer " + token).status()).isEqualTo(200);
                assertThat(again.output()).contains("Stopping the embedded PostgreSQL");

                assertThatThrownBy(() -> ServiceProcess.start("embedded-second", embedded).close())
                        .hasMessageContaining("exited at start");
                assertThat(again.client().get("/api/v1/me", "Bearer " + token).status()).isEqualTo(200);
            }
            assertThat(postgresServing(data)).as("stopped with the service").isEmpty();
        } finally {
            postgresServing(data).ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    void aServiceThatCannotStartOnTheEmbeddedDatabaseStopsItToo(@TempDir Path directory) {
        Path data = directory.toAbsolutePath().resolve("postgres");
        try {
            assertThatThrownBy(() -> ServiceProcess.start("embedded-misconfigured", Map.of(
                    "ACCESS_TOKENS_DATA_DIR", directory.toString(), "ACCESS_TOKENS_JWT_SECRET", "too-short")).close())
                    .hasMessageContaining("exited at start").hasMessageContaining("at least 32 characters");
            assertThat(postgresServing(data)).isEmpty();
        } finally {
            postgresServing(data).ifPresent(ProcessHandle::destroy);
        }
    }

    private static Optional<ProcessHandle> postgresServing(Path data) {
        return ProcessHandle.allProcesses().filter(process -> process.info().commandLine()
                .filter(command -> command.contains("/postgres ") && command.contains(data.toString())).isPresent())
                .findAny();
    }

    @Test
    void aSessionSecretShorterThan32CharactersStopsTheServiceAtStart() {
        Map<String, String> environment = with(database(PostgresDatabase.freshDatabaseUrl()),
                "ACCESS_TOKENS_JWT_SECRET", "too-short");

        assertThatThrownBy(() -> ServiceProcess.start("short-secret", environment).close())
                .hasMessageContaining("exited at start").hasMessageContaining("at least 32 characters")
                .hasMessageNotContaining("too-short");
    }

    @Test
    void withAManagementPortMetricsHealthAndTheApiDocumentationAreServedThereOnly() throws Exception {
        int managementPort = ServiceProcess.freePort();
        try (ServiceProcess service = ServiceProcess.start("management", with(database(
                PostgresDatabase.freshDatabaseUrl()), "ENDPOINTS_ALL_PORT", String.valueOf(managementPort)))) {
            ApiClient management = new ApiClient(managementPort, JsonMapper.createDefault());
            Eventually.until("ready once its first warm-up is over",
                    () -> management.get("/health/readiness", null).status() == 200);
            for (String path : new String[]{"/prometheus", "/swagger-ui", "/health/readiness", "/health/liveness"}) {
                assertThat(management.get(path, null).status()).as("%s on the management port", path)
                        .isEqualTo(200);
                assertThat(service.client().get(path, null).status()).as("%s on the service port", path)
                        .isEqualTo(404);
            }
            assertThat(service.client().get("/api/v1/me", null).status()).isEqualTo(401);
            assertThat(service.client().get("/openapi.yml", null).status()).as("the contract stays public")
                    .isEqualTo(200);
            assertThat(service.client().get("/", null).status()).isEqualTo(200);
        }
    }

    @Test
    void theScopeCatalogAndTheGeneratedTokensLimitComeFromTheEnvironment() {
        Map<String, String> environment = with(database(PostgresDatabase.freshDatabaseUrl()),
                "ACCESS_TOKENS_SCOPES_LOYALTY_DESCRIPTION", "Loyalty points",
                "ACCESS_TOKENS_RATE_LIMITS_GENERATED_TOKENS_PER_MINUTE", "1");
        try (ServiceProcess service = ServiceProcess.start("scopes", environment)) {
            ApiClient client = service.client();
            SellerFixture seller = SellerFixture.create(client, client.signIn(RunningService.OPERATOR_EMAIL,
                    RunningService.OPERATOR_PASSWORD), "Loyal Co");
            String body = "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(5)
                    + "\",\"scopes\":[\"loyalty:write\"]}";

            assertThat(client.get("/api/v1/access-tokens/scopes", seller.adminSession()).body())
                    .contains("\"loyalty\"").contains("Loyalty points").contains("\"orders\"");
            ApiClient.Reply generated = client.post("/api/v1/access-tokens", seller.adminSession(), body);
            assertThat(generated.status()).isEqualTo(201);
            assertThat(generated.body()).contains("loyalty:read").contains("loyalty:write");
            assertThat(client.post("/api/v1/access-tokens", seller.adminSession(), body).status())
                    .as("past one generated token a minute").isEqualTo(429);
        }
    }

    @Test
    void rateLimitsAndTheirRefusalDelayComeFromTheEnvironment() {
        Map<String, String> environment = with(database(PostgresDatabase.freshDatabaseUrl()),
                "ACCESS_TOKENS_RATE_LIMITS_SIGN_INS_PER_MINUTE", "1",
                "ACCESS_TOKENS_RATE_LIMITS_REFUSED_TOKENS_PER_MINUTE", "1",
                "ACCESS_TOKENS_RATE_LIMITS_REFUSAL_DELAY", "1500ms");
        try (ServiceProcess service = ServiceProcess.start("refusal-delay", environment)) {
            ApiClient client = service.client();
            assertThat(client.login("nobody@nowhere.example", "a guess at a password").status()).isEqualTo(401);
            assertRefusedLate(() -> client.login("nobody@nowhere.example", "another guess"), "past one sign-in");

            assertThat(client.get("/api/v1/me", Failures.UNKNOWN_TOKEN).status()).isEqualTo(401);
            assertRefusedLate(() -> client.get("/api/v1/me", Failures.UNKNOWN_TOKEN), "past one refused token");
        }
    }

    private static void assertRefusedLate(Supplier<ApiClient.Reply> call, String why) {
        long started = System.nanoTime();
        ApiClient.Reply refused = call.get();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(refused.status()).as(why + " a minute").isEqualTo(429);
        assertThat(took).as(why + ": sent no sooner than the configured delay")
                .isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    }

    /**
     * A setting out of range stops the service at start, naming it, rather than leaving a node whose probes say it
     * lives while every request that needs the setting fails, or one that takes the value for something else (a
     * retention of nothing deletes the audit trail, a pool timeout of 0 waits without end, a mistyped {@code true} is
     * read as {@code false}, a log format with no appender logs nothing), or one whose memory, once a flood fills it,
     * would not fit in the heap (the jar runs with {@code -Xmx256m} here).
     * Some of these beans are made after the revocation listener has started its thread: a start that fails there
     * must stop what did start, or the process would outlive it.
     */
    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            ACCESS_TOKENS_PASSWORDS_ARGON2_MEMORY_KIB       | 4                       | access-tokens.passwords.argon2-memory-kib must be from 8 to 1048576
            ACCESS_TOKENS_HTTP_TRUSTED_PROXIES              | 10.0.0.0/8,10.0.0.1:80  | access-tokens.http.trusted-proxies: not an address or a CIDR range: 10.0.0.1:80
            ACCESS_TOKENS_POLICY_MAX_LIFETIME               | 0s                      | access-tokens.policy.max-lifetime must be above zero
            ACCESS_TOKENS_SIGN_IN_MAX_FAILURES              | 0                       | access-tokens.sign-in.max-failures must be at least 1
            ACCESS_TOKENS_RATE_LIMITS_MAXIMUM_KEYS          | -1                      | access-tokens.rate-limits.maximum-keys must not be negative
            ACCESS_TOKENS_RATE_LIMITS_MAXIMUM_KEYS          | 200000                  | access-tokens.rate-limits.maximum-keys (200000) would take about 274 MiB
            ACCESS_TOKENS_CACHE_MAXIMUM_SIZE                | 100000                  | access-tokens.cache.maximum-size (100000) would take about 173 MiB
            ACCESS_TOKENS_CACHE_WARM_UP_WINDOW              | -1s                     | access-tokens.cache.warm-up-window must not be negative
            ACCESS_TOKENS_RATE_LIMITS_REFUSAL_DELAY         | -1s                     | access-tokens.rate-limits.refusal-delay must not be negative
            ACCESS_TOKENS_AUDIT_RETENTION                   | 0d                      | access-tokens.audit.retention must be above zero
            ACCESS_TOKENS_LAST_USE_FLUSH_INTERVAL           | 0s                      | access-tokens.last-use.flush-interval must be above zero
            ACCESS_TOKENS_DATABASE_CONNECTION_TIMEOUT_MS    | 0                       | access-tokens.database.connection-timeout-ms must be at least 250
            DATASOURCES_DEFAULT_MAXIMUM_POOL_SIZE           | 1                       | datasources.default.maximum-pool-size must be at least 2
            ACCESS_TOKENS_SESSION_COOKIE_SECURE             | ture                    | access-tokens.session.cookie-secure must be true or false, was ture
            ACCESS_TOKENS_HTTP_FAST_PATHS                   | off                     | access-tokens.http.fast-paths must be true or false, was off
            ACCESS_TOKENS_LOG_FORMAT                        | xml                     | ACCESS_TOKENS_LOG_FORMAT must be text or json, was xml
            ACCESS_TOKENS_PASSWORDS_WORKERS                 | 200                     | access-tokens.passwords.workers (200) times the memory of a hash
            ACCESS_TOKENS_PASSWORDS_CPU_SHARE               | 0                       | access-tokens.passwords.cpu-share must be above 0 and at most 1
            ACCESS_TOKENS_BLOCKING_POOL_THREADS             | 0                       | access-tokens.blocking-pool.threads must be at least 1
            ACCESS_TOKENS_BLOCKING_POOL_MAX_WAIT            | 0s                      | access-tokens.blocking-pool.max-wait must be above 0
            """)
    void aSettingOutOfRangeStopsTheServiceAtStartNamingIt(String variable, String value, String reason) {
        Map<String, String> environment = with(database(PostgresDatabase.freshDatabaseUrl()), variable, value);

        assertThatThrownBy(() -> ServiceProcess.start(variable.toLowerCase(java.util.Locale.ROOT), environment).close())
                .hasMessageContaining("exited at start").hasMessageContaining(reason);
    }

    @Test
    void theTokenCacheIsSizedByTheHeapUnlessTheEnvironmentSaysOtherwise() {
        String bound = "access_tokens_cache_maximum_size";
        Map<String, String> unset = database(PostgresDatabase.freshDatabaseUrl());
        try (ServiceProcess service = ServiceProcess.start("cache-default", unset)) {
            assertThat(gauge(service.client().get("/prometheus", null).body(), bound))
                    .as("a quarter of -Xmx256m at 1.5 KB a token").isBetween(40_000.0, 43_690.0);
        }
        Map<String, String> environment = with(database(PostgresDatabase.freshDatabaseUrl()),
                "ACCESS_TOKENS_CACHE_MAXIMUM_SIZE", "5000");
        try (ServiceProcess service = ServiceProcess.start("cache-set", environment)) {
            assertThat(gauge(service.client().get("/prometheus", null).body(), bound)).isEqualTo(5000.0);
        }
    }

    @Test
    void theBlockingPoolIsSizedByTheEnvironment() {
        Map<String, String> environment = with(database(PostgresDatabase.freshDatabaseUrl()),
                "ACCESS_TOKENS_BLOCKING_POOL_THREADS", "3", "ACCESS_TOKENS_BLOCKING_POOL_QUEUE", "5");
        try (ServiceProcess service = ServiceProcess.start("blocking-pool", environment)) {
            String metrics = service.client().get("/prometheus", null).body();
            assertThat(gauge(metrics, "executor_pool_max_threads\\{name=\"access-tokens-blocking\",?}"))
                    .isEqualTo(3.0);
            assertThat(gauge(metrics, "access_tokens_blocking_pool_free_places")).as("threads and queue")
                    .isEqualTo(8.0);
        }
    }

    /**
     * {@code ACCESS_TOKENS_HTTP_FAST_PATHS=false} (in any case) sends every call through Micronaut's pipeline: on one
     * database, a node with it and one without answer a token's calls alike, only the second ahead of the pipeline;
     * restarted without it, the first does too.
     */
    @Test
    void theFastPathsAreOnUnlessTheEnvironmentTurnsThemOff() {
        String url = PostgresDatabase.freshDatabaseUrl();
        String fastAnswers = "access_tokens_fast_path_answers_total\\{path=\"/api/v1/me\",?}";
        String token;
        String answer;
        try (ServiceProcess on = ServiceProcess.start("fast-paths-on", database(url))) {
            ApiClient client = on.client();
            token = "Bearer " + newToken(client, "Fast Co");
            answer = client.get("/api/v1/me", token).body();
            try (ServiceProcess off = ServiceProcess.start("fast-paths-off",
                    with(database(url), "ACCESS_TOKENS_HTTP_FAST_PATHS", "FALSE"))) {
                for (int i = 0; i < 3; i++) {
                    assertThat(client.get("/api/v1/me", token).body()).isEqualTo(answer);
                    assertThat(off.client().get("/api/v1/me", token).body()).isEqualTo(answer);
                }
                assertThat(gauge(client.get("/prometheus", null).body(), fastAnswers)).isEqualTo(3.0);
                assertThat(off.client().get("/prometheus", null).body()).doesNotContain("access_tokens_fast_path");
            }
        }
        try (ServiceProcess restarted = ServiceProcess.start("fast-paths-restarted", database(url))) {
            ApiClient client = restarted.client();
            assertThat(client.get("/api/v1/me", token).body()).as("the first call asks the database").isEqualTo(answer);
            assertThat(client.get("/api/v1/me", token).body()).isEqualTo(answer);
            assertThat(gauge(client.get("/prometheus", null).body(), fastAnswers)).isEqualTo(1.0);
        }
    }

    /**
     * A node restarted on a database where a token was used lately reads that token into its cache once it serves, so
     * that its first check finds it there, and is not ready until it has (here held up by a lock on the tokens' table);
     * with {@code ACCESS_TOKENS_CACHE_WARM_UP_WINDOW=0s} it reads none, and its first check does not.
     */
    @Test
    void aRestartedNodeReadsTheTokensUsedLatelyOnceItServesUnlessTheEnvironmentTurnsItOff() throws SQLException {
        String url = PostgresDatabase.freshDatabaseUrl();
        String hits = "cache_gets_total\\{cache=\"access_tokens_known\",result=\"hit\",?}";
        String misses = "cache_gets_total\\{cache=\"access_tokens_known\",result=\"miss\",?}";
        String token;
        try (ServiceProcess first = ServiceProcess.start("warm-up-first", database(url))) {
            ApiClient client = first.client();
            token = "Bearer " + newToken(client, "Warm Co");
            assertThat(client.get("/api/v1/me", token).status()).isEqualTo(200);
        }
        try (Connection locker = DriverManager.getConnection(url, PostgresDatabase.USER, "");
             ServiceProcess restarted = startWithTokensLocked(locker, url)) {
            ApiClient client = restarted.client();
            assertThat(client.get("/health/readiness", null).status()).as("not ready while its warm-up waits")
                    .isEqualTo(503);
            assertThat(client.get("/health/liveness", null).status()).isEqualTo(200);
            locker.commit();
            Eventually.until("ready once its warm-up is over",
                    () -> client.get("/health/readiness", null).status() == 200);
            // Read only once the HTTP server has started (KnownTokenWarmUpTest shows the wait): without that start
            // reaching the warm-up, this would never be logged (the log is written out on a thread of its own).
            Eventually.until("the warm-up is logged", () -> restarted.output().contains("Read 1 tokens used in the "
                    + "last 3600 s into the cache"));
            assertThat(client.get("/api/v1/me", token).status()).isEqualTo(200);
            String metrics = client.get("/prometheus", null).body();
            assertThat(gauge(metrics, hits)).as("found in the cache").isGreaterThanOrEqualTo(1.0);
            assertThat(gauge(metrics, misses)).as("never missing from the cache").isEqualTo(0.0);
        }
        try (ServiceProcess off = ServiceProcess.start("warm-up-off",
                with(database(url), "ACCESS_TOKENS_CACHE_WARM_UP_WINDOW", "0s"))) {
            ApiClient client = off.client();
            assertThat(client.get("/api/v1/me", token).status()).isEqualTo(200);
            assertThat(gauge(client.get("/prometheus", null).body(), misses)).as("not in the cache")
                    .isGreaterThanOrEqualTo(1.0);
            assertThat(off.output()).doesNotContain("into the cache in");
        }
    }

    /**
     * A node started while {@code locker} holds the tokens' table, which no one can read until it commits; with
     * statement and socket timeouts long enough that its warm-up waits for that, not for a timeout (a read that times
     * out is over too, as {@code TokenWarmUpHealthIndicatorTest} shows).
     */
    private static ServiceProcess startWithTokensLocked(Connection locker, String url) throws SQLException {
        locker.setAutoCommit(false);
        try (Statement statement = locker.createStatement()) {
            statement.execute("LOCK TABLE access_token IN ACCESS EXCLUSIVE MODE");
        }
        return ServiceProcess.start("warm-up-restarted", with(database(url),
                "ACCESS_TOKENS_DATABASE_STATEMENT_TIMEOUT_MS", "60000",
                "ACCESS_TOKENS_DATABASE_SOCKET_TIMEOUT_SECONDS", "60"));
    }

    /** The secret of a token valid for five days, generated by the admin of a new seller named {@code sellerName}. */
    private static String newToken(ApiClient client, String sellerName) {
        SellerFixture seller = SellerFixture.create(client, client.signIn(RunningService.OPERATOR_EMAIL,
                RunningService.OPERATOR_PASSWORD), sellerName);
        return client.post("/api/v1/access-tokens", seller.adminSession(), "{\"validUntil\":\""
                + AccessTokenLifecycleEndToEndTest.inDays(5) + "\"}").text("token");
    }

    /** The value of the metric {@code name} (a pattern: with its tags) in Prometheus' text. */
    static double gauge(String metrics, String name) {
        Matcher found = Pattern.compile("(?m)^" + name + " ([0-9.E]+)$").matcher(metrics);
        assertThat(found.find()).as(name).isTrue();
        return Double.parseDouble(found.group(1));
    }

    @Test
    void noSecurityFilterSettingLeavesTheApiUnchecked() {
        Map<String, String> environment = with(database(PostgresDatabase.freshDatabaseUrl()),
                "MICRONAUT_SECURITY_FILTER_ENABLED", "true", "MICRONAUT_SECURITY_FILTER_PATTERN", "/nothing/**");
        try (ServiceProcess service = ServiceProcess.start("security-filter", environment)) {
            ApiClient client = service.client();
            String operator = client.signIn(RunningService.OPERATOR_EMAIL, RunningService.OPERATOR_PASSWORD);

            assertThat(client.get("/api/v1/me", null).status()).isEqualTo(401);
            assertThat(client.get("/api/v1/access-tokens", null).status()).isEqualTo(401);
            assertThat(client.get("/api/v1/platform/sellers", operator).status()).isEqualTo(200);
            assertThat(client.get("/api/v1/access-tokens", operator).status()).as("an operator is no seller admin")
                    .isEqualTo(403);
        }
    }

    /**
     * The date header is the service's own, written once a second, whatever {@code MICRONAUT_SERVER_DATE_HEADER} says:
     * turned back on, Micronaut's is replaced, not repeated. micronaut-security's own introspection endpoint stays off.
     */
    @Test
    void micronautsDateHeaderTurnedOnIsReplacedAndItsIntrospectionEndpointStaysOff() {
        Map<String, String> environment = with(database(PostgresDatabase.freshDatabaseUrl()),
                "MICRONAUT_SERVER_DATE_HEADER", "true");
        try (ServiceProcess service = ServiceProcess.start("date-header", environment)) {
            ApiClient client = service.client();
            String operator = client.signIn(RunningService.OPERATOR_EMAIL, RunningService.OPERATOR_PASSWORD);

            for (ApiClient.Reply reply : List.of(client.get("/health/liveness", null), client.get("/api/v1/me", null),
                    client.get("/api/v1/platform/sellers", operator))) {
                assertThat(reply.headers().allValues("Date")).singleElement().satisfies(date -> assertThat(
                        Duration.between(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
                                Instant.now()).abs()).isLessThan(Duration.ofSeconds(30)));
            }
            assertThat(client.get("/token_info", operator).status()).isEqualTo(404);
        }
    }

    @Test
    void startsFromTheClassDataSharingArchiveTheScriptBuilds() throws Exception {
        Path archive = Path.of("target", "it-access-tokens.jsa").toAbsolutePath();
        ProcessBuilder script = new ProcessBuilder("bash", Path.of("..", "scripts", "cds-archive.sh").toString(),
                archive.toString()).redirectErrorStream(true);
        script.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Process build = script.start();
        String output = new String(build.getInputStream().readAllBytes());
        assertThat(build.waitFor()).as(output).isZero();
        String option = output.strip().lines().reduce((first, last) -> last).orElseThrow();
        String startWith = Runtime.version().feature() >= 25 ? "-XX:AOTCache=" : "-XX:SharedArchiveFile=";
        assertThat(option).as("the option to start with, for this JDK").isEqualTo(startWith + archive);

        // -Xshare:on: the JVM refuses to start unless it can use the archive.
        try (ServiceProcess service = ServiceProcess.start("cds", with(database(PostgresDatabase.freshDatabaseUrl()),
                "JAVA_TOOL_OPTIONS", option + " -Xshare:on"))) {
            assertThat(service.client().get("/api/v1/me", null).status()).isEqualTo(401);
        }
    }

    static Map<String, String> database(String jdbcUrl) {
        return Map.of("DATASOURCES_DEFAULT_URL", jdbcUrl, "DATASOURCES_DEFAULT_USERNAME", PostgresDatabase.USER);
    }

    /** {@code base} with more variables: names and values in turn. */
    static Map<String, String> with(Map<String, String> base, String... namesAndValues) {
        Map<String, String> all = new java.util.HashMap<>(base);
        for (int i = 0; i < namesAndValues.length; i += 2) {
            all.put(namesAndValues[i], namesAndValues[i + 1]);
        }
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
