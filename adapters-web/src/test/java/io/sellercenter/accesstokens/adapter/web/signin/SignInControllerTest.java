package io.sellercenter.accesstokens.adapter.web.signin;

import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.adapter.web.testsupport.DocumentedResponses;
import io.sellercenter.accesstokens.adapter.web.testsupport.Failures;
import io.sellercenter.accesstokens.adapter.web.testsupport.InMemoryApplication;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static io.sellercenter.accesstokens.adapter.web.testsupport.Problems.assertInvalid;
import static io.sellercenter.accesstokens.adapter.web.testsupport.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in for API clients (a JWT) and for the browser (a cookie), and its refusals. */
class SignInControllerTest {

    private static final String LOGIN = "/api/v1/auth/login";
    private static final String SESSION = "/api/v1/auth/session";
    private static WebAdapterServer server;
    private static ApiClient api;
    private static InMemoryApplication.SellerUsers seller;

    @BeforeAll
    static void start() {
        server = WebAdapterServer.start();
        api = server.client();
        seller = server.application().newSeller("Signing Co");
    }

    @AfterAll
    static void everyDocumentedAnswerWasReachedAndTheServerStops() {
        try {
            assertThat(DocumentedResponses.missedBy("/api/v1/auth", api.exchanges())).isEmpty();
        } finally {
            server.close();
        }
    }

    @Test
    void anApiClientGetsAShortLivedBearerSessionThatIsNotToBeCached() {
        ApiClient.Reply login = api.login(seller.adminEmail(), InMemoryApplication.PASSWORD);

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Cache-Control")).isEqualTo("no-store");
        assertThat(login.json()).containsEntry("token_type", "Bearer").containsEntry("expires_in", 900);
        assertThat(api.get("/api/v1/me", "Bearer " + login.text("access_token")).json())
                .containsEntry("email", seller.adminEmail()).containsEntry("role", "SELLER_ADMIN");
    }

    @Test
    void theBrowserGetsItsSessionAsASecureHostOnlyStrictHttpOnlyCookieAndSigningOutEndsIt() {
        ApiClient.Reply started = api.post(SESSION, null, body(seller.adminEmail(), InMemoryApplication.PASSWORD));

        assertThat(started.status()).isEqualTo(200);
        assertThat(started.json()).containsEntry("authenticatedBy", "SESSION")
                .containsEntry("email", seller.adminEmail());
        String setCookie = started.header("Set-Cookie");
        assertThat(setCookie).startsWith("__Host-access_tokens_session=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Strict").contains("Path=/")
                .doesNotContainIgnoringCase("Domain=");
        Map<String, String> cookie = Map.of("Cookie", setCookie.substring(0, setCookie.indexOf(';')));
        assertThat(api.get("/api/v1/me", null, cookie).status()).isEqualTo(200);

        ApiClient.Reply ended = api.delete(SESSION, null, cookie);

        assertThat(ended.status()).isEqualTo(204);
        assertThat(ended.header("Set-Cookie")).startsWith("__Host-access_tokens_session=;").contains("Max-Age=0");
        assertProblem(api.get("/api/v1/me", null, cookie), 401, "unauthorized");
        assertThat(api.delete(SESSION, null, cookie).status()).as("signing out again").isEqualTo(204);
        assertThat(server.application().audit.recorded()).filteredOn(event -> event.action()
                == AuditEvent.Action.SIGN_OUT).singleElement()
                .satisfies(event -> assertThat(event.sellerId()).isEqualTo(seller.seller().id()));
    }

    @Test
    void signingOutWithABearerSessionEndsItAndNoOtherSession() {
        String signedOut = api.signIn(seller.adminEmail(), InMemoryApplication.PASSWORD);
        String other = api.signIn(seller.adminEmail(), InMemoryApplication.PASSWORD);

        assertThat(api.delete(SESSION, signedOut).status()).isEqualTo(204);

        assertProblem(api.get("/api/v1/me", signedOut), 401, "unauthorized");
        assertThat(api.get("/api/v1/me", other).status()).isEqualTo(200);
    }

    @Test
    void signingOutWithoutASessionOnlyClearsTheCookie() {
        ApiClient.Reply ended = api.delete(SESSION, null);

        assertThat(ended.status()).isEqualTo(204);
        assertThat(ended.header("Set-Cookie")).startsWith("__Host-access_tokens_session=;");
    }

    @Test
    void servedOverPlainHttpOnPurposeTheCookieIsNeitherSecureNorHostPrefixed() {
        try (WebAdapterServer plain = WebAdapterServer.start(Map.of("access-tokens.session.cookie-secure", false))) {
            InMemoryApplication.SellerUsers someone = plain.application().newSeller("Plain Co");
            ApiClient.Reply started = plain.client().post(SESSION, null, body(someone.adminEmail(),
                    InMemoryApplication.PASSWORD));

            assertThat(started.header("Set-Cookie")).startsWith("access_tokens_session=")
                    .doesNotContainIgnoringCase("Secure");
            assertThat(started.header("Strict-Transport-Security")).as("not over plain HTTP").isNull();
            assertThat(plain.client().get("/api/v1/me", null, Map.of("Cookie", started.header("Set-Cookie")
                    .substring(0, started.header("Set-Cookie").indexOf(';')))).status()).isEqualTo(200);
        }
    }

    @Test
    void aMissingFieldIsRefusedBeforeAnyPasswordIsChecked() {
        ApiClient client = api.from("203.0.113.49");
        for (String path : new String[]{LOGIN, SESSION}) {
            assertInvalid(client.post(path, null, "{\"password\":\"x\"}"), "username");
            assertInvalid(client.post(path, null, "{\"username\":\"a@b.example\"}"), "password");
        }
    }

    @Test
    void anUnknownEmailAndAWrongPasswordLookAlike() {
        for (String path : new String[]{LOGIN, SESSION}) {
            ApiClient.Reply wrong = api.post(path, null, body(seller.memberEmail(), "not the password"));
            ApiClient.Reply unknown = api.post(path, null, body("nobody-" + path.length() + "@nowhere.example",
                    "not the password"));

            assertProblem(wrong, 401, "unauthorized");
            assertThat(unknown.status()).isEqualTo(401);
            assertThat(unknown.body()).isEqualTo(wrong.body());
        }
    }

    @Test
    void guessingLocksTheEmailOutWithARetryAfterEvenForTheRightPassword() {
        InMemoryApplication.SellerUsers guessed = server.application().newSeller("Guessed Co");
        for (int i = 0; i < InMemoryApplication.MAX_FAILURES; i++) {
            api.login(guessed.adminEmail(), "guess " + i);
        }

        for (String path : new String[]{LOGIN, SESSION}) {
            long started = System.nanoTime();
            ApiClient.Reply locked = api.post(path, null, body(guessed.adminEmail(), InMemoryApplication.PASSWORD));
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertProblem(locked, 429, "sign-in-locked");
            assertThat(took).as("the controller's refusals are sent late too").isGreaterThanOrEqualTo(refusalDelay());
            Instant retryAfter = ZonedDateTime.parse(locked.header("Retry-After"),
                    DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            assertThat(retryAfter).isAfter(Instant.now().plus(Duration.ofMinutes(14)));
            assertThat(locked.text("detail")).contains(retryAfter.toString());
        }
    }

    @Test
    void anUnexpectedFailureIsAPlain500ThatTellsNothing() {
        Failures.assertPlain500(server.application(), () -> api.login(seller.adminEmail(), InMemoryApplication.PASSWORD));
        Failures.assertPlain500(server.application(), () -> api.post(SESSION, null,
                body(seller.adminEmail(), InMemoryApplication.PASSWORD)));
        String session = api.signIn(seller.adminEmail(), InMemoryApplication.PASSWORD);
        Failures.assertPlain500(server.application(), () -> api.delete(SESSION, session));
    }

    @Test
    void tooManySignInsFromOneAddressAre429WhateverTheEmailWhileOtherAddressesGoOn() {
        ApiClient client = api.from("203.0.113.50");
        long allowance = server.context().getProperty("access-tokens.rate-limits.sign-ins-per-minute", Long.class,
                30L);
        for (long i = 0; i < allowance; i++) {
            assertThat(client.login("someone-" + i + "@nowhere.example", "a wrong password").status())
                    .isEqualTo(401);
        }

        ApiClient.Reply limited = client.login(seller.adminEmail(), InMemoryApplication.PASSWORD);

        assertProblem(limited, 429, "rate-limited");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(api.from("203.0.113.51").login(seller.adminEmail(), InMemoryApplication.PASSWORD).status())
                .isEqualTo(200);
        Failures.assertRateLimited(server, other -> other.delete(SESSION, Failures.UNKNOWN_TOKEN));
    }

    @Test
    void badInputIsAnAttemptAndRefusedLateSoThatAFloodOfItGetsFewAnswersAndSoonNoParse() {
        try (WebAdapterServer limited = WebAdapterServer.start(
                Map.of("access-tokens.rate-limits.sign-ins-per-minute", 2))) {
            InMemoryApplication.SellerUsers someone = limited.application().newSeller("Limited Co");
            ApiClient client = limited.client().from("203.0.113.52");
            for (String path : new String[]{LOGIN, SESSION}) {
                long started = System.nanoTime();
                ApiClient.Reply bad = client.post(path, null, "{not even json");
                Duration took = Duration.ofNanos(System.nanoTime() - started);

                assertThat(bad.status()).isEqualTo(400);
                assertThat(took).as("a sign-in's bad input is refused late").isGreaterThanOrEqualTo(refusalDelay());
            }

            assertProblem(client.post(LOGIN, null, "{not even json"), 429, "rate-limited");
            assertProblem(client.login(someone.adminEmail(), InMemoryApplication.PASSWORD), 429, "rate-limited");
            assertThat(limited.client().from("203.0.113.53").login(someone.adminEmail(), InMemoryApplication.PASSWORD)
                    .status()).isEqualTo(200);
        }
    }

    @Test
    void aSignInRefusedForCapacityDoesNotCountAgainstTheAddress() {
        ApiClient client = api.from("203.0.113.54");
        long allowance = server.context().getProperty("access-tokens.rate-limits.sign-ins-per-minute", Long.class,
                30L);
        for (long i = 0; i < allowance - 1; i++) {
            assertThat(client.login("someone-" + i + "@nowhere.example", "a wrong password").status())
                    .isEqualTo(401);
        }
        server.application().fillSignIns();
        try {
            for (int i = 0; i < 3; i++) {
                assertProblem(client.login(seller.adminEmail(), InMemoryApplication.PASSWORD), 503,
                        "service-unavailable");
            }
        } finally {
            server.application().repair();
        }

        assertThat(client.login(seller.adminEmail(), InMemoryApplication.PASSWORD).status()).isEqualTo(200);
        assertProblem(client.login(seller.adminEmail(), InMemoryApplication.PASSWORD), 429, "rate-limited");
    }

    @Test
    void whilePasswordHashingHasNoRoomASignInIs503BeforeItsBodyIsReadAndNoSoonerThanTheRefusalDelay() {
        server.application().fillSignIns();
        try {
            long started = System.nanoTime();
            ApiClient.Reply full = api.from("203.0.113.60").login(seller.adminEmail(), InMemoryApplication.PASSWORD);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertProblem(full, 503, "service-unavailable");
            assertThat(took).as("a refusal is sent late, so that a flooding connection gets few")
                    .isGreaterThanOrEqualTo(refusalDelay());
            assertThat(full.header("Retry-After")).isEqualTo("1");
            assertProblem(api.post(SESSION, null, "{not even json"), 503, "service-unavailable");
        } finally {
            server.application().repair();
        }
        assertThat(api.from("203.0.113.60").login(seller.adminEmail(), InMemoryApplication.PASSWORD).status())
                .isEqualTo(200);
    }

    @Test
    void aDatabaseThatIsAwayIs503() {
        Failures.assertUnavailable(server.application(), () -> api.login(seller.adminEmail(),
                InMemoryApplication.PASSWORD));
        Failures.assertUnavailable(server.application(), () -> api.post(SESSION, null,
                body(seller.adminEmail(), InMemoryApplication.PASSWORD)));
        String session = api.signIn(seller.adminEmail(), InMemoryApplication.PASSWORD);
        Failures.assertUnavailable(server.application(), () -> api.delete(SESSION, session));
    }

    @Test
    void anOutagesSignIn503ComesAtOnceWhileOneAtCapacityComesLate() {
        Duration delay = Duration.ofSeconds(3);
        try (WebAdapterServer slow = WebAdapterServer.start(Map.of("access-tokens.rate-limits.refusal-delay",
                delay.toMillis() + "ms"))) {
            InMemoryApplication.SellerUsers someone = slow.application().newSeller("Patient Co");
            ApiClient client = slow.client();

            slow.application().takeAway();
            long started = System.nanoTime();
            ApiClient.Reply away;
            try {
                away = client.login(someone.adminEmail(), InMemoryApplication.PASSWORD);
            } finally {
                slow.application().repair();
            }
            Duration tookAway = Duration.ofNanos(System.nanoTime() - started);

            slow.application().fillSignIns();
            started = System.nanoTime();
            ApiClient.Reply full;
            try {
                full = client.login(someone.adminEmail(), InMemoryApplication.PASSWORD);
            } finally {
                slow.application().repair();
            }
            Duration tookFull = Duration.ofNanos(System.nanoTime() - started);

            assertProblem(away, 503, "service-unavailable");
            assertThat(tookAway).as("an outage is reported at once, not held back like a refusal")
                    .isLessThan(delay.dividedBy(2));
            assertProblem(full, 503, "service-unavailable");
            assertThat(tookFull).as("a refusal at capacity is held back").isGreaterThanOrEqualTo(delay);
        }
    }

    private static Duration refusalDelay() {
        return server.context().getProperty("access-tokens.rate-limits.refusal-delay", Duration.class,
                Duration.ofMillis(250));
    }

    private static String body(String email, String password) {
        return "{\"username\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }
}
