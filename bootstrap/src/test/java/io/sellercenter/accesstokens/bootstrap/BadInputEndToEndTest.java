package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.application.testsupport.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every kind of bad input gets a clear 4xx problem and changes nothing. */
class BadInputEndToEndTest {
    private static final String TOKENS = "/api/v1/access-tokens";
    private static RunningService service;
    private static SellerFixture seller;

    @BeforeAll
    static void start() {
        service = RunningService.start();
        seller = SellerFixture.create(service, service.signInAsOperator(), "Careful Seller");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    static Stream<Arguments> badGenerateBodies() {
        String future = AccessTokenLifecycleEndToEndTest.inDays(30);
        return Stream.of(
                arguments("malformed JSON", "{\"validUntil\":", null),
                arguments("not an object", "[1, 2]", null),
                arguments("note of the wrong type", "{\"validUntil\":\"" + future + "\",\"note\":123}", null),
                arguments("validUntil of the wrong type", "{\"validUntil\":20270301}", null),
                arguments("sellerId smuggled in", "{\"validUntil\":\"" + future + "\",\"sellerId\":\"x\"}", "sellerId"),
                arguments("status smuggled in", "{\"validUntil\":\"" + future + "\",\"status\":\"ACTIVE\"}", "status"),
                arguments("validUntil missing", "{\"note\":\"no end\"}", "validUntil"),
                arguments("validUntil in the past", "{\"validUntil\":\"2020-01-01T00:00:00Z\"}", "validUntil"),
                arguments("validUntil without offset", "{\"validUntil\":\"2027-03-01T09:30:00\"}", "validUntil"),
                arguments("validUntil not a date", "{\"validUntil\":\"next tuesday\"}", "validUntil"),
                arguments("validUntil beyond the max lifetime",
                        "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(400) + "\"}", "validUntil"),
                arguments("note too long", "{\"validUntil\":\"" + future + "\",\"note\":\"" + "n".repeat(256) + "\"}",
                        "note"),
                arguments("note with control characters",
                        "{\"validUntil\":\"" + future + "\",\"note\":\"bell\\u0007\"}", "note"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badGenerateBodies")
    void badGenerateRequestIsRefusedAndChangesNothing(String what, String body, String field) {
        long before = tokenCount();

        ApiClient.Reply reply = service.post(TOKENS, seller.adminSession(), body);

        assertProblem(reply, 400);
        if (field != null) {
            assertThat(reply.errors()).extracting(error -> error.get("field")).contains(field);
        }
        assertThat(tokenCount()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badQueries")
    void badListQueryIsRefused(String query, String field) {
        ApiClient.Reply reply = service.get(TOKENS + query, seller.adminSession());

        assertProblem(reply, 400);
        assertThat(reply.errors()).extracting(error -> error.get("field")).containsExactly(field);
    }

    static Stream<Arguments> badQueries() {
        return Stream.of(
                arguments("?status=LOST", "status"),
                arguments("?size=-1", "size"),
                arguments("?size=0", "size"),
                arguments("?size=101", "size"),
                arguments("?size=99999999999", "size"),
                arguments("?page=-1", "page"),
                arguments("?page=two", "page"),
                arguments("?status=", "status"),
                arguments("?status=active", "status"),
                arguments("?size=", "size"),
                arguments("?page=", "page"));
    }

    @Test
    void aNulCharacterAnywhereIsA400NamingTheFieldNeverA500() {
        String nul = "\\u0000";
        assertInvalid(service.post("/api/v1/auth/login", null,
                "{\"username\":\"a" + nul + "b@seller.example\",\"password\":\"x\"}"), "username");
        assertInvalid(service.post("/api/v1/auth/session", null,
                "{\"username\":\"a" + nul + "b@seller.example\",\"password\":\"x\"}"), "username");
        assertInvalid(service.post("/api/v1/auth/login", null,
                "{\"username\":\"a@seller.example\",\"password\":\"x" + nul + "\"}"), "password");
        String operator = service.signInAsOperator();
        assertInvalid(service.post("/api/v1/platform/sellers/" + seller.sellerId() + "/users", operator,
                "{\"email\":\"a" + nul + "@seller.example\",\"password\":\"a long enough secret\","
                        + "\"role\":\"ADMIN\"}"), "email");
        assertInvalid(service.post("/api/v1/platform/sellers", operator, "{\"name\":\"Nul" + nul + "Co\"}"),
                "name");
        assertInvalid(service.post(TOKENS, seller.adminSession(), "{\"validUntil\":\""
                + AccessTokenLifecycleEndToEndTest.inDays(3) + "\",\"note\":\"a" + nul + "b\"}"), "note");
    }

    @Test
    void aNoteIsStoredExactlyAsAnsweredOrRefused() {
        long before = tokenCount();
        assertInvalid(service.post(TOKENS, seller.adminSession(), "{\"validUntil\":\""
                + AccessTokenLifecycleEndToEndTest.inDays(3) + "\",\"note\":\"a\\ud800b\"}"), "note");
        assertThat(tokenCount()).isEqualTo(before);

        ApiClient.Reply generated = service.post(TOKENS, seller.adminSession(), "{\"validUntil\":\""
                + AccessTokenLifecycleEndToEndTest.inDays(3) + "\",\"note\":\"smile \\ud83d\\ude00 \u00e9\"}");
        assertThat(generated.status()).isEqualTo(201);
        assertThat(service.get(TOKENS + "/" + generated.text("id"), seller.adminSession()).text("note"))
                .isEqualTo(generated.text("note")).isEqualTo("smile \ud83d\ude00 \u00e9");
    }

    @Test
    void nonUuidIdsAreRefused() {
        assertProblem(service.get(TOKENS + "/not-a-uuid", seller.adminSession()), 400);
        assertProblem(service.post(TOKENS + "/123/revoke", seller.adminSession(), null), 400);
        assertProblem(service.post(TOKENS + "/123/renew", seller.adminSession(), null), 400);
    }

    @Test
    void unknownRoutesAndMethodsAreProblemsToo() {
        assertProblem(service.get("/api/v1/nothing-here", seller.adminSession()), 404);
        assertProblem(service.get(TOKENS + "/00000000-0000-0000-0000-000000000000", seller.adminSession()), 404);
    }

    @Test
    void unknownUserAndWrongPasswordLookAlike() {
        ApiClient.Reply wrongPassword = service.login(seller.adminEmail(), "not the password");
        ApiClient.Reply unknownUser = service.login("nobody@nowhere.example", "not the password");

        assertProblem(wrongPassword, 401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(unknownUser.body()).isEqualTo(wrongPassword.body());
    }

    @Test
    void guessingPasswordsLocksTheEmailOutEvenForTheRightPassword() {
        SellerFixture guessed = SellerFixture.create(service, service.signInAsOperator(), "Guessed Seller");
        for (int i = 0; i < 10; i++) {
            assertProblem(service.login(guessed.adminEmail(), "guess number " + i), 401);
        }

        ApiClient.Reply locked = service.login(guessed.adminEmail(), SellerFixture.PASSWORD);

        assertProblem(locked, 429);
        assertThat(locked.text("type")).endsWith("/sign-in-locked");
        Instant retryAfter = ZonedDateTime.parse(locked.header("Retry-After"), DateTimeFormatter.RFC_1123_DATE_TIME)
                .toInstant();
        assertThat(retryAfter).isAfter(Instant.now().plus(Duration.ofMinutes(14)))
                .isBefore(Instant.now().plus(Duration.ofMinutes(16)));
        assertThat(locked.body()).doesNotContain(SellerFixture.PASSWORD);
        assertProblem(service.login(seller.adminEmail(), "one wrong guess elsewhere"), 401);
        Eventually.until("the locked-out attempt is audited", () -> service.get(
                "/api/v1/audit-events?action=SIGN_IN&size=100", guessed.adminSession()).items().stream()
                .anyMatch(event -> "TOO_MANY_ATTEMPTS".equals(event.get("outcome"))));
    }

    private static void assertInvalid(ApiClient.Reply reply, String field) {
        assertProblem(reply, 400);
        assertThat(reply.errors()).extracting(error -> error.get("field")).containsExactly(field);
    }

    private static long tokenCount() {
        return ((Number) service.get(TOKENS, seller.adminSession()).json().get("totalItems")).longValue();
    }

    private static void assertProblem(ApiClient.Reply reply, int status) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json()).containsEntry("status", status).containsKeys("type", "title", "detail");
        assertThat(reply.body()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("select ")
                .doesNotContain("io.micronaut").doesNotContain("\tat ");
    }
}
