package io.sellercenter.accesstokens.bootstrap;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.GenericHttpFilter;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.web.router.Router;
import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.application.testsupport.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** What operators rely on: health, metrics, request ids and logs that never carry a secret. */
class OperationsEndToEndTest {
    private static final String INTROSPECTION_SECRET = "ops-introspection-secret-0123456789";
    private static RunningService service;
    private static SellerFixture seller;

    @BeforeAll
    static void start() {
        service = RunningService.start(PostgresDatabase.freshDatabaseUrl(), Map.of(
                "access-tokens.introspection.clients.monitor.secret", INTROSPECTION_SECRET,
                "access-tokens.cache.listener-reconnect-delay", "2s"));
        seller = SellerFixture.create(service, service.signInAsOperator(), "Observable Co");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    /**
     * Every server filter, ours and the framework's, matches every path and picks the requests it cares about itself.
     * While that holds, Micronaut hands each request one list of filters, made once; a single filter with a path
     * pattern makes it match every request's path against the patterns and build and sort a new list each time.
     */
    @Test
    void everyRequestGetsTheOneListOfFiltersMadeAtStart() {
        Router router = service.context().getBean(Router.class);
        List<GenericHttpFilter> forLiveness = router.findFilters(HttpRequest.GET("/health/liveness"));
        List<GenericHttpFilter> forSignIn = router.findFilters(HttpRequest.POST("/api/v1/auth/login", ""));

        assertThat(forSignIn).as("a filter with a path pattern makes Micronaut match paths per request")
                .isSameAs(forLiveness);
        assertThat(forLiveness).hasSizeGreaterThanOrEqualTo(6);
    }

    /**
     * The fast paths (adapter.web.http.FastPaths) answer a plain liveness probe and {@code /me} with a remembered token
     * ahead of every server filter and security rule, and do themselves what these would do to such an answer: the
     * request log and timer, the response and token headers; the security filter and the refused-token limit pass a
     * token the use case accepts; Micronaut's CORS filter acts on a request with an {@code Origin}, which the fast
     * paths leave to it; the sign-in limit and its refusal delay, the management port, the health status and a path
     * nothing serves are about other requests; and the route steps aside while an address pattern or intercept-URL
     * rule could apply. A filter or rule added later would be skipped for those answers unseen: add it
     * here once the fast paths do what it does, or step aside for it (docs/extending.md).
     */
    @Test
    void everyFilterAndSecurityRuleIsOneTheFastPathsAccountFor() {
        Set<String> filters = new TreeSet<>();
        service.context().getBeanDefinitions(Qualifiers.byStereotype(ServerFilter.class))
                .forEach(definition -> filters.add(definition.getBeanType().getSimpleName()));
        Set<String> rules = new TreeSet<>();
        service.context().getBeansOfType(SecurityRule.class)
                .forEach(rule -> rules.add(rule.getClass().getSimpleName()));

        assertThat(filters).containsExactlyInAnyOrder("AccessTokenExpiryHeaderFilter", "CorsFilter",
                "EventLoopSecurityFilter", "HealthStatusFilter", "NoSuchRouteFilter", "RefusalDelay", "RefusedTokensFilter", "RequestLogFilter",
                "ResponseHeadersFilter", "SignInLimitFilter");
        assertThat(rules).containsExactlyInAnyOrder("ConfigurationInterceptUrlMapRule", "IpPatternsRule",
                "RequiresScopeRule", "SecuredAnnotationRule", "SensitiveEndpointRule");
    }

    /**
     * The service answers what its contract documents, what operators probe and scrape, and the contract itself:
     * nothing a framework brings along unasked (micronaut-security's own introspection endpoint, for one, was on by
     * default and answered token holders with a 500). A route added on purpose belongs in the contract or here.
     */
    @Test
    void everyRouteIsInTheContractOrOneOperatorsUse() throws Exception {
        Set<String> documented = new TreeSet<>();
        Matcher path = Pattern.compile("(?m)^  (/\\S*):$").matcher(Files.readString(Path.of("../api/openapi.yml")));
        while (path.find()) {
            documented.add(path.group(1));
        }
        Set<String> operations = Set.of("/health", "/health/{selector}", "/health/liveness", "/prometheus",
                "/openapi.yml");

        Set<String> routes = new TreeSet<>();
        service.context().getBean(Router.class).uriRoutes()
                .forEach(route -> routes.add(route.getUriMatchTemplate().toPathString()));

        assertThat(routes).allSatisfy(route -> assertThat(documented.contains(route) || operations.contains(route))
                .as(route + " is neither documented nor an operations route").isTrue());
        assertThat(routes).containsAll(documented);
    }

    @Test
    void noSecretEverReachesTheLog() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        // The request log has an appender of its own (buffered) and none of the root's.
        Logger requests = (Logger) LoggerFactory.getLogger("access-tokens.requests");
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        requests.addAppender(captured);
        root.setLevel(Level.INFO);
        String session;
        String token;
        try {
            session = service.signIn(seller.adminEmail(), SellerFixture.PASSWORD);
            service.login(seller.adminEmail(), "wrong-password-in-log?");
            ApiClient.Reply generated = service.post("/api/v1/access-tokens", session,
                    "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(5) + "\",\"note\":\"ops\"}");
            token = generated.text("token");
            for (String header : new String[]{"Bearer " + token, "Token " + token, token}) {
                service.get("/api/v1/me", header);
            }
            service.get("/api/v1/" + token, session);
            service.get("/api/v1/me?access_token=" + token, null);
            service.post("/api/v1/access-tokens", session, "{\"validUntil\":\"" + token + "\",\"secret\":\"" + token
                    + "\"}");
            service.postForm("/api/v1/oauth/introspect", "Basic " + Base64.getEncoder()
                    .encodeToString(("monitor:" + INTROSPECTION_SECRET).getBytes()), "token=" + token);
            service.post("/api/v1/access-tokens/" + generated.text("id") + "/revoke", session, null);
            service.get("/api/v1/me", "Bearer " + token);
        } finally {
            root.detachAppender(captured);
            requests.detachAppender(captured);
            root.setLevel(level);
        }

        List<String> lines = captured.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertThat(lines).as("the request log was captured").anyMatch(line -> line.startsWith("GET /api/v1/me 200"));
        String everything = String.join("\n", lines);
        assertThat(everything)
                .doesNotContain(token)
                .doesNotContain(token.substring(8))
                .doesNotContain(SellerFixture.PASSWORD)
                .doesNotContain("wrong-password-in-log?")
                .doesNotContain(session.substring("Bearer ".length()))
                .doesNotContain(INTROSPECTION_SECRET)
                .doesNotContainIgnoringCase("authorization:");
    }

    @Test
    void stoppingTheServiceWritesWhatWaitsInMemory() {
        String database = PostgresDatabase.freshDatabaseUrl();
        Map<String, Object> slowFlushes = Map.of("access-tokens.last-use.flush-interval", "1h",
                "access-tokens.audit.flush-interval", "1h");
        SellerFixture owner;
        String tokenId;
        try (RunningService first = RunningService.start(database, slowFlushes)) {
            owner = SellerFixture.create(first, first.signInAsOperator(), "Stopping Co");
            ApiClient.Reply generated = first.post("/api/v1/access-tokens", owner.adminSession(),
                    "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(5) + "\"}");
            tokenId = generated.text("id");
            assertThat(first.get("/api/v1/me", "Bearer " + generated.text("token")).status()).isEqualTo(200);
            first.post("/api/v1/access-tokens/" + tokenId + "/revoke", owner.adminSession(), null);
            assertThat(first.get("/api/v1/me", "Bearer " + generated.text("token")).status()).isEqualTo(401);
        }

        try (RunningService second = RunningService.start(database, Map.of())) {
            String session = second.signIn(owner.adminEmail(), SellerFixture.PASSWORD);
            assertThat(second.get("/api/v1/access-tokens/" + tokenId, session).text("lastUsedAt")).isNotNull();
            assertThat(second.get("/api/v1/audit-events?action=TOKEN_AUTHENTICATION_FAILED", session).items())
                    .singleElement().satisfies(event -> assertThat(event).containsEntry("tokenId", tokenId)
                            .containsEntry("outcome", "REVOKED"));
        }
    }

    @Test
    void thePublishedContractIsServed() throws Exception {
        ApiClient.Reply document = service.get("/openapi.yml", null);

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.header("Content-Type")).startsWith("application/yaml");
        assertThat(document.body()).isEqualTo(java.nio.file.Files.readString(java.nio.file.Path.of("..", "api",
                "openapi.yml")));
        String version = document.body().replaceFirst("(?s).*\n  version: ([^\n]+)\n.*", "$1");
        ApiClient.Reply swaggerUi = service.get("/swagger-ui", null);
        assertThat(swaggerUi.status()).isEqualTo(200);
        assertThat(swaggerUi.body()).contains("/swagger/access-tokens-" + version + ".yml");
        assertThat(service.get("/swagger/access-tokens-" + version + ".yml", null).body()).isEqualTo(document.body());
        assertThat(service.get("/", null).header("Content-Security-Policy")).doesNotContain("unsafe-inline");
    }

    @Test
    void everyResponseCarriesARequestId() {
        ApiClient.Reply generated = service.get("/health/liveness", null);
        assertThat(generated.header("X-Request-Id")).matches("[0-9a-f-]{36}");

        ApiClient.Reply ownId = service.get("/api/v1/me", null, Map.of("X-Request-Id", "gateway-7f3a"));
        ApiClient.Reply unsafeId = service.get("/api/v1/me", null, Map.of("X-Request-Id", "a b\tc"));

        assertThat(ownId.header("X-Request-Id")).isEqualTo("gateway-7f3a");
        assertThat(unsafeId.header("X-Request-Id")).matches("[0-9a-f-]{36}");
    }

    @Test
    void prometheusCountsAuthenticationsTokensCacheLookupsAndRequests() {
        String before = service.get("/prometheus", null).body();

        ApiClient.Reply generated = service.post("/api/v1/access-tokens", seller.adminSession(),
                "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(5) + "\"}");
        service.get("/api/v1/me", "Bearer " + generated.text("token"));
        service.get("/api/v1/me", "Bearer " + generated.text("token"));
        service.get("/api/v1/me", "Bearer sct_not-a-token");
        service.post("/api/v1/access-tokens/" + generated.text("id") + "/revoke", seller.adminSession(), null);
        ApiClient.Reply after = service.get("/prometheus", null);

        assertThat(after.status()).isEqualTo(200);
        String now = after.body();
        assertThat(grew(before, now, "access_tokens_authentications_total{result=\"ok\"}")).isEqualTo(2);
        assertThat(grew(before, now, "access_tokens_authentications_total{result=\"malformed\"}")).isEqualTo(1);
        assertThat(grew(before, now, "access_tokens_generated_total")).isEqualTo(1);
        assertThat(grew(before, now, "access_tokens_revoked_total")).isEqualTo(1);
        assertThat(grew(before, now, "access_tokens_validation_seconds_count")).isEqualTo(3);
        assertThat(grew(before, now, "cache_gets_total{cache=\"access_tokens_known\",result=\"hit\"}"))
                .as("the second call was answered from the cache").isGreaterThanOrEqualTo(1);
        assertThat(now).contains("access_tokens_cache_hit_ratio").contains("hikaricp_connections")
                .contains("access_tokens_revocation_listener_up 1.0")
                .containsPattern("access_tokens_request_log_dropped_total \\d");
        assertThat(now).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/me\"[^}]*} [1-9]");
    }

    @Test
    void aTokenRevokedTwiceCountsAsOneRevocation() {
        String id = service.post("/api/v1/access-tokens", seller.adminSession(),
                "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(5) + "\"}").text("id");
        String before = service.get("/prometheus", null).body();

        service.post("/api/v1/access-tokens/" + id + "/revoke", seller.adminSession(), null);
        service.post("/api/v1/access-tokens/" + id + "/revoke", seller.adminSession(), null);

        assertThat(grew(before, service.get("/prometheus", null).body(), "access_tokens_revoked_total")).isEqualTo(1);
    }

    /** How much the sample named {@code series} (name and labels as Prometheus prints them) grew. */
    private static double grew(String before, String after, String series) {
        return sample(after, series) - sample(before, series);
    }

    private static double sample(String exposition, String series) {
        Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(exposition);
        return sample.find() ? Double.parseDouble(sample.group(1)) : 0;
    }

    @Test
    void notListeningForRevocationsMakesTheNodeUnreadyUntilItListensAgain() throws Exception {
        Eventually.until("ready once its first warm-up is over",
                () -> service.get("/health/readiness", null).status() == 200);

        try (var connection = DriverManager.getConnection(service.jdbcUrl(), "postgres", "");
             var statement = connection.createStatement()) {
            statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE application_name = 'access-tokens-revocation-listener'"
                    + " AND datname = current_database()");
        }

        Eventually.until("readiness turns DOWN", () -> service.get("/health/readiness", null).status() == 503);
        assertThat(service.get("/health/liveness", null).status()).isEqualTo(200);
        Eventually.until("readiness is back", () -> service.get("/health/readiness", null).status() == 200);
    }
}
