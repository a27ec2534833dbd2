package io.sellercenter.accesstokens.adapter.web.http;

import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.adapter.web.testsupport.InMemoryApplication;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A date, exactly one, and the browser hardening headers are on every response: answers and refusals alike, whichever
 * filter refused.
 */
class ResponseHeadersFilterTest {
    private static WebAdapterServer server;

    @BeforeAll
    static void start() {
        server = WebAdapterServer.start(Map.of("access-tokens.rate-limits.sign-ins-per-minute", 1,
                "access-tokens.rate-limits.refusal-delay", "0s"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRefusalOfTheSecurityFilterCarriesThem() {
        hardened(server.client().get("/api/v1/me", null), 401);
        hardened(server.client().get("/api/v1/me", "Bearer sct_madeup"), 401);
    }

    @Test
    void aRefusalDecidedLaterCarriesThem() {
        InMemoryApplication.SellerUsers seller = server.application().newSeller("Hardened Co");
        String admin = server.client().signIn(seller.adminEmail(), InMemoryApplication.PASSWORD);
        hardened(server.client().get("/api/v1/platform/sellers", admin), 403);

        String validUntil = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        ApiClient.Reply generated = server.client().post("/api/v1/access-tokens", admin,
                "{\"validUntil\":\"" + validUntil + "\"}");
        server.client().post("/api/v1/access-tokens/" + generated.text("id") + "/revoke", admin, "");
        hardened(server.client().get("/api/v1/me", "Bearer " + generated.text("token")), 401);
    }

    @Test
    void aRefusalOfTheSignInLimitCarriesThem() {
        ApiClient client = server.client().from("203.0.113.77");
        client.login("nobody@nowhere.example", "a guess");
        hardened(client.login("nobody@nowhere.example", "another guess"), 429);
    }

    @Test
    void anAnswerCarriesThem() {
        hardened(server.client().get("/health/liveness", null), 200);
    }

    @Test
    void aNotFoundAndAPageCarryThem() {
        hardened(server.client().get("/no/such/thing", null), 404);
        hardened(server.client().get("/", null), 200);
    }

    @Test
    void micronautsOwnDateHeaderTurnedBackOnIsReplacedNotRepeated() {
        try (WebAdapterServer withMicronautsDate = WebAdapterServer.start(Map.of("micronaut.server.date-header", true))) {
            hardened(withMicronautsDate.client().get("/health/liveness", null), 200);
        }
    }

    private static void hardened(ApiClient.Reply reply, int status) {
        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.headers().allValues("Date")).singleElement().satisfies(date -> assertThat(
                Duration.between(ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
                        Instant.now()).abs()).isLessThan(Duration.ofSeconds(30)));
        assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(reply.header("Content-Security-Policy")).isEqualTo(ResponseHeadersFilter.CONTENT_SECURITY_POLICY);
        assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(reply.header("Referrer-Policy")).isEqualTo("no-referrer");
    }
}
