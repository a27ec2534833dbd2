package io.sellercenter.accesstokens.adapter.web.token;

import io.micronaut.runtime.server.EmbeddedServer;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.adapter.web.testsupport.DocumentedResponses;
import io.sellercenter.accesstokens.adapter.web.testsupport.Failures;
import io.sellercenter.accesstokens.adapter.web.testsupport.InMemoryApplication;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static io.sellercenter.accesstokens.adapter.web.testsupport.Problems.assertInvalid;
import static io.sellercenter.accesstokens.adapter.web.testsupport.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Settings → Access Tokens over HTTP, on the in-memory application: every answer each operation documents. */
class AccessTokenControllerTest {

    private static final String TOKENS = "/api/v1/access-tokens";
    private static WebAdapterServer server;
    private static ApiClient api;
    private static String admin;
    private static String member;
    private static String otherAdmin;

    @BeforeAll
    static void start() {
        server = WebAdapterServer.start();
        api = server.client();
        InMemoryApplication.SellerUsers seller = server.application().newSeller("Acme Outdoor");
        admin = api.signIn(seller.adminEmail(), InMemoryApplication.PASSWORD);
        member = api.signIn(seller.memberEmail(), InMemoryApplication.PASSWORD);
        otherAdmin = api.signIn(server.application().newSeller("Rival Goods").adminEmail(),
                InMemoryApplication.PASSWORD);
    }

    @AfterAll
    static void everyDocumentedAnswerWasReachedAndTheServerStops() {
        try {
            assertThat(DocumentedResponses.missedBy(TOKENS, api.exchanges())).isEmpty();
        } finally {
            server.close();
        }
    }

    @Test
    void generateAnswersWithTheSecretOnceWhereItLivesAndNotToBeCached() {
        ApiClient.Reply generated = generate(admin, inDays(30), "ERP sync");

        assertThat(generated.status()).isEqualTo(201);
        assertThat(generated.header("Location")).isEqualTo(TOKENS + "/" + generated.text("id"));
        assertThat(generated.header("Cache-Control")).isEqualTo("no-store");
        assertThat(generated.text("token")).startsWith("sct_").hasSize(40);
        assertThat(generated.json()).containsEntry("status", "ACTIVE").containsEntry("note", "ERP sync");
        ApiClient.Reply shown = api.get(TOKENS + "/" + generated.text("id"), admin);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.json()).doesNotContainKey("token").containsEntry("tokenHint", generated.text("tokenHint"));
    }

    @Test
    void generateRefusesBadInputByField() {
        assertInvalid(api.post(TOKENS, admin, "{\"note\":\"no end\"}"), "validUntil");
        assertInvalid(api.post(TOKENS, admin, "{\"validUntil\":\"2020-01-01T00:00:00Z\"}"), "validUntil");
        assertInvalid(api.post(TOKENS, admin, "{\"validUntil\":\"" + inDays(1) + "\",\"sellerId\":\"x\"}"),
                "sellerId");
        assertProblem(api.post(TOKENS, admin, "{\"validUntil\":"), 400, "malformed-request");
        assertThat(server.application().tokens.all()).allSatisfy(token -> assertThat(token.note().text())
                .isNotEqualTo("no end"));
    }

    @Test
    void aUrlThatIsNotPercentEncodedIsAMalformedRequestThatSaysSo() throws Exception {
        int port = server.context().getBean(EmbeddedServer.class).getPort();
        for (String target : List.of(TOKENS + "?page=%zz", TOKENS + "?page=%", TOKENS + "/%zz")) {
            try (Socket socket = new Socket("localhost", port)) {
                socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                        + admin + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

                assertThat(response).as(target).startsWith("HTTP/1.1 400 ")
                        .contains("application/problem+json").contains("/problems/malformed-request")
                        .contains("its URL must be percent-encoded correctly");
            }
        }
    }

    @Test
    void onlyASellerAdminsSessionManagesTokens() {
        String token = "Bearer " + generate(admin, inDays(3), null).text("token");

        for (String caller : new String[]{member, token}) {
            assertProblem(api.post(TOKENS, caller, "{\"validUntil\":\"" + inDays(5) + "\"}"), 403, "forbidden");
            assertProblem(api.get(TOKENS, caller), 403, "forbidden");
            assertProblem(api.get(TOKENS + "/policy", caller), 403, "forbidden");
            assertProblem(api.get(TOKENS + "/scopes", caller), 403, "forbidden");
            assertProblem(api.get(TOKENS + "/00000000-0000-0000-0000-000000000000", caller), 403, "forbidden");
            assertProblem(api.post(TOKENS + "/00000000-0000-0000-0000-000000000000/revoke", caller, null), 403,
                    "forbidden");
            assertProblem(api.post(TOKENS + "/00000000-0000-0000-0000-000000000000/renew", caller, null), 403,
                    "forbidden");
        }
    }

    @Test
    void withoutCredentialsEveryOperationAnswers401WithAChallenge() {
        String id = "/00000000-0000-0000-0000-000000000000";
        for (ApiClient.Reply reply : new ApiClient.Reply[]{api.post(TOKENS, null, "{}"), api.get(TOKENS, null),
                api.get(TOKENS + "/policy", null), api.get(TOKENS + "/scopes", null), api.get(TOKENS + id, null),
                api.post(TOKENS + id + "/revoke", null, null), api.post(TOKENS + id + "/renew", null, null)}) {
            assertProblem(reply, 401, "unauthorized");
            assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"access-tokens\"");
        }
    }

    @Test
    void listShowsEachTokenWithTheStatusItWasFilteredBy() {
        String expiring = generate(admin, Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS).toString(),
                null).text("id");
        server.application().clock.advance(Duration.ofMinutes(2));
        try {
            ApiClient.Reply expired = api.get(TOKENS + "?status=EXPIRED&size=100", admin);

            assertThat(expired.status()).isEqualTo(200);
            assertThat(expired.items()).extracting(item -> item.get("id")).contains(expiring);
            assertThat(expired.items()).allSatisfy(item -> assertThat(item).containsEntry("status", "EXPIRED"));
            assertThat(expired.json()).containsEntry("page", 0).containsEntry("size", 100);
        } finally {
            server.application().clock.advance(Duration.ofMinutes(-2));
        }
    }

    @Test
    void listRefusesBadFilters() {
        assertInvalid(api.get(TOKENS + "?status=LOST", admin), "status");
        assertInvalid(api.get(TOKENS + "?size=0", admin), "size");
        assertInvalid(api.get(TOKENS + "?page=two", admin), "page");
    }

    @Test
    void thePolicySaysHowFarAheadATokenMayEnd() {
        ApiClient.Reply policy = api.get(TOKENS + "/policy", admin);

        assertThat(policy.status()).isEqualTo(200);
        assertThat(policy.json()).containsEntry("maxLifetime", "PT8760H").containsEntry("maxLifetimeSeconds",
                31_536_000);
    }

    @Test
    void anotherSellersTokenIsNotFoundAndABadIdIsRefused() {
        String id = generate(admin, inDays(30), "mine").text("id");

        assertProblem(api.get(TOKENS + "/" + id, otherAdmin), 404, "not-found");
        assertProblem(api.post(TOKENS + "/" + id + "/revoke", otherAdmin, null), 404, "not-found");
        assertProblem(api.post(TOKENS + "/" + id + "/renew", otherAdmin, null), 404, "not-found");
        assertInvalid(api.get(TOKENS + "/not-a-uuid", admin), "id");
        assertInvalid(api.post(TOKENS + "/123/revoke", admin, null), "id");
        assertInvalid(api.post(TOKENS + "/123/renew", admin, null), "id");
    }

    @Test
    void revokingEndsTheTokenAtOnceAndAgainChangesNothing() {
        ApiClient.Reply generated = generate(admin, inDays(30), null);
        String bearer = "Bearer " + generated.text("token");
        assertThat(api.get("/api/v1/me", bearer).status()).isEqualTo(200);

        ApiClient.Reply revoked = api.post(TOKENS + "/" + generated.text("id") + "/revoke", admin, null);
        ApiClient.Reply again = api.post(TOKENS + "/" + generated.text("id") + "/revoke", admin, null);

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json()).containsEntry("status", "REVOKED");
        assertThat(revoked.text("validUntil")).isEqualTo(revoked.text("revokedAt"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json()).isEqualTo(revoked.json());
        assertProblem(api.get("/api/v1/me", bearer), 401, "unauthorized");
    }

    @Test
    void renewingHandsOverAReplacementAndARevokedTokenIsAConflict() {
        ApiClient.Reply old = generate(admin, inDays(10), "nightly export");
        String validUntil = inDays(60);

        ApiClient.Reply renewed = api.post(TOKENS + "/" + old.text("id") + "/renew", admin,
                "{\"validUntil\":\"" + validUntil + "\"}");
        ApiClient.Reply again = api.post(TOKENS + "/" + old.text("id") + "/renew", admin, null);

        assertThat(renewed.status()).isEqualTo(201);
        assertThat(renewed.header("Cache-Control")).isEqualTo("no-store");
        assertThat(renewed.json()).containsEntry("note", "nightly export").containsEntry("validUntil", validUntil);
        assertProblem(again, 409, "token-revoked");
        assertInvalid(api.post(TOKENS + "/" + renewed.text("id") + "/renew", admin, "{\"validUntil\":\"soon\"}"),
                "validUntil");
    }

    @Test
    void anUnexpectedFailureIsAPlain500ThatTellsNothing() {
        String id = TOKENS + "/" + generate(admin, inDays(3), null).text("id");
        var app = server.application();

        Failures.assertPlain500(app, () -> api.post(TOKENS, admin, "{\"validUntil\":\"" + inDays(3) + "\"}"));
        Failures.assertPlain500(app, () -> api.get(TOKENS, admin));
        Failures.assertPlain500(app, () -> api.get(TOKENS + "/policy", admin));
        Failures.assertPlain500(app, () -> api.get(TOKENS + "/scopes", admin));
        Failures.assertPlain500(app, () -> api.get(id, admin));
        Failures.assertPlain500(app, () -> api.post(id + "/revoke", admin, null));
        Failures.assertPlain500(app, () -> api.post(id + "/renew", admin, null));
    }

    @Test
    void aDatabaseThatIsAwayIs503AndAClientPastItsRefusalsIs429() {
        String id = TOKENS + "/" + generate(admin, inDays(3), null).text("id");
        var app = server.application();
        String body = "{\"validUntil\":\"" + inDays(3) + "\"}";

        Failures.assertUnavailable(app, () -> api.post(TOKENS, admin, body));
        Failures.assertUnavailable(app, () -> api.get(TOKENS, admin));
        Failures.assertUnavailable(app, () -> api.get(TOKENS + "/policy", admin));
        Failures.assertUnavailable(app, () -> api.get(TOKENS + "/scopes", admin));
        Failures.assertUnavailable(app, () -> api.get(id, admin));
        Failures.assertUnavailable(app, () -> api.post(id + "/revoke", admin, null));
        Failures.assertUnavailable(app, () -> api.post(id + "/renew", admin, null));
        Failures.assertRateLimited(server, client -> client.post(TOKENS, Failures.UNKNOWN_TOKEN, body));
        Failures.assertRateLimited(server, client -> client.get(TOKENS, Failures.UNKNOWN_TOKEN));
        Failures.assertRateLimited(server, client -> client.get(TOKENS + "/policy", Failures.UNKNOWN_TOKEN));
        Failures.assertRateLimited(server, client -> client.get(TOKENS + "/scopes", Failures.UNKNOWN_TOKEN));
        Failures.assertRateLimited(server, client -> client.get(id, Failures.UNKNOWN_TOKEN));
        Failures.assertRateLimited(server, client -> client.post(id + "/revoke", Failures.UNKNOWN_TOKEN, null));
        Failures.assertRateLimited(server, client -> client.post(id + "/renew", Failures.UNKNOWN_TOKEN, null));
    }

    @Test
    void theScopeCatalogListsEachResourceWithItsReadAndWriteScope() {
        ApiClient.Reply catalog = api.get(TOKENS + "/scopes", admin);

        assertThat(catalog.status()).isEqualTo(200);
        assertThat(catalog.items()).extracting(item -> item.get("resource")).containsExactly("orders", "products",
                "stock");
        assertThat(catalog.items().get(0)).containsEntry("description", "Orders")
                .containsEntry("scopes", List.of("orders:read", "orders:write"));
    }

    @Test
    void aTokenIsLimitedToItsScopesAndAddressesWhichARenewalKeepsOrReplaces() {
        ApiClient.Reply scoped = api.post(TOKENS, admin, "{\"validUntil\":\"" + inDays(3) + "\",\"scopes\":"
                + "[\"stock:write\",\"orders:read\",\"stock:write\"],\"allowedIps\":[\"203.0.113.9/24\",\"2001:db8::1\"]}");
        ApiClient.Reply full = generate(admin, inDays(3), null);

        assertThat(scoped.status()).isEqualTo(201);
        assertThat(scoped.json()).containsEntry("scopes", List.of("orders:read", "stock:read", "stock:write"))
                .containsEntry("allowedIps", List.of("203.0.113.0/24", "2001:db8:0:0:0:0:0:1"));
        assertThat(full.json()).containsEntry("scopes", List.of("*")).containsEntry("allowedIps", List.of());
        assertThat(api.get(TOKENS + "/" + scoped.text("id"), admin).json())
                .containsEntry("scopes", List.of("orders:read", "stock:read", "stock:write"));

        ApiClient.Reply kept = api.post(TOKENS + "/" + scoped.text("id") + "/renew", admin, null);
        ApiClient.Reply replaced = api.post(TOKENS + "/" + kept.text("id") + "/renew", admin,
                "{\"scopes\":[\"products:read\"],\"allowedIps\":[]}");

        assertThat(kept.json()).containsEntry("scopes", scoped.json().get("scopes"))
                .containsEntry("allowedIps", scoped.json().get("allowedIps"));
        assertThat(replaced.json()).containsEntry("scopes", List.of("products:read"))
                .containsEntry("allowedIps", List.of());
    }

    @Test
    void badLimitsAreRefusedNamingTheFieldAndMakeNothing() {
        int before = api.get(TOKENS + "?size=100", admin).items().size();
        String until = inDays(3);

        assertInvalid(api.post(TOKENS, admin, "{\"validUntil\":\"" + until + "\",\"scopes\":[]}"), "scopes");
        assertInvalid(api.post(TOKENS, admin, "{\"validUntil\":\"" + until + "\",\"scopes\":[\"refunds:write\"]}"),
                "scopes");
        assertInvalid(api.post(TOKENS, admin, "{\"validUntil\":\"" + until + "\",\"scopes\":[\"orders:admin\"]}"),
                "scopes");
        for (String bad : new String[]{"0.0.0.0/0", "203.0.113.0/33", "example.com", "::/0"}) {
            assertInvalid(api.post(TOKENS, admin, "{\"validUntil\":\"" + until + "\",\"allowedIps\":[\"" + bad
                    + "\"]}"), "allowedIps");
        }
        String tooMany = String.join(",", java.util.Collections.nCopies(21, "\"192.0.2.1\""));
        assertInvalid(api.post(TOKENS, admin, "{\"validUntil\":\"" + until + "\",\"allowedIps\":[" + tooMany + "]}"),
                "allowedIps");

        String renewable = generate(admin, inDays(3), null).text("id");
        assertInvalid(api.post(TOKENS + "/" + renewable + "/renew", admin, "null"), "body");
        assertThat(api.get(TOKENS + "/" + renewable, admin).json()).containsEntry("status", "ACTIVE");

        assertThat(api.get(TOKENS + "?size=100", admin).items()).hasSize(before + 1);
    }

    private static ApiClient.Reply generate(String session, String validUntil, String note) {
        String body = note == null
                ? "{\"validUntil\":\"" + validUntil + "\"}"
                : "{\"validUntil\":\"" + validUntil + "\",\"note\":\"" + note + "\"}";
        ApiClient.Reply reply = api.post(TOKENS, session, body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    private static String inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
