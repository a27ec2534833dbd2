package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole path a seller admin and their integrations take, over HTTP against the real service and database. */
class AccessTokenLifecycleEndToEndTest {
    private static final String TOKENS = "/api/v1/access-tokens";
    private static RunningService service;
    private static SellerFixture seller;
    private static SellerFixture otherSeller;

    @BeforeAll
    static void start() {
        service = RunningService.start();
        String operator = service.signInAsOperator();
        seller = SellerFixture.create(service, operator, "Acme Outdoor");
        otherSeller = SellerFixture.create(service, operator, "Rival Goods");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void generatedTokenAuthenticatesInEachHeaderForm() {
        ApiClient.Reply generated = generate(seller, inDays(30), "ERP sync");

        assertThat(generated.status()).isEqualTo(201);
        assertThat(generated.header("Location")).isEqualTo(TOKENS + "/" + generated.text("id"));
        assertThat(generated.header("Cache-Control")).isEqualTo("no-store");
        String token = generated.text("token");
        assertThat(token).startsWith("sct_").hasSize(40);
        assertThat(generated.text("tokenHint")).isEqualTo(token.substring(0, 8) + "…");
        assertThat(generated.json()).containsEntry("status", "ACTIVE").containsEntry("note", "ERP sync")
                .containsEntry("revokedAt", null).containsEntry("lastUsedAt", null)
                .containsKeys("createdAt", "createdBy", "validUntil");

        for (String header : new String[]{"Bearer " + token, "Token " + token, token, "bEaReR " + token}) {
            ApiClient.Reply me = service.get("/api/v1/me", header);
            assertThat(me.status()).as(header).isEqualTo(200);
            assertThat(me.json()).containsEntry("authenticatedBy", "ACCESS_TOKEN")
                    .containsEntry("sellerId", seller.sellerId())
                    .containsEntry("sellerName", "Acme Outdoor")
                    .containsEntry("tokenId", generated.text("id"))
                    .containsEntry("validUntil", generated.text("validUntil"));
        }
    }

    @Test
    void sessionCallerIsDescribedByMe() {
        ApiClient.Reply me = service.get("/api/v1/me", seller.adminSession());

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json()).containsEntry("authenticatedBy", "SESSION")
                .containsEntry("email", seller.adminEmail())
                .containsEntry("role", "SELLER_ADMIN")
                .containsEntry("sellerId", seller.sellerId())
                .containsKey("userId");
    }

    @Test
    void secretIsShownOnlyOnceAndNeverListed() {
        ApiClient.Reply generated = generate(seller, inDays(7), "once");
        String token = generated.text("token");

        ApiClient.Reply list = service.get(TOKENS, seller.adminSession());
        ApiClient.Reply one = service.get(TOKENS + "/" + generated.text("id"), seller.adminSession());

        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(token).contains(generated.text("id"));
        assertThat(list.items()).allSatisfy(item -> assertThat(item).doesNotContainKey("token"));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.body()).doesNotContain(token);
        assertThat(one.json()).doesNotContainKey("token").containsEntry("tokenHint", generated.text("tokenHint"));
    }

    @Test
    void revokedTokenIsRejectedOnTheNextRequestAndListedAsRevokedAtThatMoment() {
        ApiClient.Reply generated = generate(seller, inDays(30), "to revoke");
        String token = generated.text("token");
        assertThat(service.get("/api/v1/me", "Bearer " + token).status()).isEqualTo(200);

        ApiClient.Reply revoked = service.post(TOKENS + "/" + generated.text("id") + "/revoke",
                seller.adminSession(), null);

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json()).containsEntry("status", "REVOKED");
        assertThat(revoked.text("validUntil")).isEqualTo(revoked.text("revokedAt"));
        ApiClient.Reply rejected = service.get("/api/v1/me", "Bearer " + token);
        assertThat(rejected.status()).isEqualTo(401);
        assertThat(rejected.header("WWW-Authenticate"))
                .isEqualTo("Bearer realm=\"access-tokens\", error=\"invalid_token\"");
        assertThat(rejected.header("Content-Type")).startsWith("application/problem+json");

        Map<String, Object> listed = service.get(TOKENS + "?status=REVOKED&size=100", seller.adminSession()).items()
                .stream().filter(item -> item.get("id").equals(generated.text("id"))).findFirst().orElseThrow();
        assertThat(listed).containsEntry("status", "REVOKED")
                .containsEntry("validUntil", revoked.text("revokedAt"))
                .containsEntry("revokedAt", revoked.text("revokedAt"));
    }

    @Test
    void revokingTwiceChangesNothing() {
        ApiClient.Reply generated = generate(seller, inDays(3), null);
        String path = TOKENS + "/" + generated.text("id") + "/revoke";

        ApiClient.Reply first = service.post(path, seller.adminSession(), null);
        ApiClient.Reply second = service.post(path, seller.adminSession(), null);

        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json()).isEqualTo(first.json());
    }

    @Test
    void renewalHandsOverANewTokenAndRevokesTheOldOne() {
        ApiClient.Reply old = generate(seller, inDays(10), "nightly export");

        ApiClient.Reply renewed = service.post(TOKENS + "/" + old.text("id") + "/renew", seller.adminSession(),
                null);

        assertThat(renewed.status()).isEqualTo(201);
        assertThat(renewed.header("Cache-Control")).isEqualTo("no-store");
        assertThat(renewed.text("id")).isNotEqualTo(old.text("id"));
        assertThat(renewed.json()).containsEntry("note", "nightly export").containsEntry("status", "ACTIVE");
        Instant newEnd = Instant.parse(renewed.text("validUntil"));
        Instant expected = Instant.parse(renewed.text("createdAt")).plus(10, ChronoUnit.DAYS);
        assertThat(Math.abs(newEnd.getEpochSecond() - expected.getEpochSecond())).isLessThanOrEqualTo(1);
        assertThat(service.get("/api/v1/me", "Bearer " + renewed.text("token")).status()).isEqualTo(200);
        assertThat(service.get("/api/v1/me", "Bearer " + old.text("token")).status()).isEqualTo(401);
        assertThat(service.get(TOKENS + "/" + old.text("id"), seller.adminSession()).json())
                .containsEntry("status", "REVOKED");
    }

    @Test
    void renewalTakesAGivenValidUntilAndRefusesARevokedToken() {
        ApiClient.Reply old = generate(seller, inDays(10), null);
        String until = inDays(60);

        ApiClient.Reply renewed = service.post(TOKENS + "/" + old.text("id") + "/renew", seller.adminSession(),
                "{\"validUntil\":\"" + until + "\"}");
        ApiClient.Reply again = service.post(TOKENS + "/" + old.text("id") + "/renew", seller.adminSession(),
                null);

        assertThat(renewed.status()).isEqualTo(201);
        assertThat(renewed.text("validUntil")).isEqualTo(until);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.text("type")).endsWith("/token-revoked");
    }

    @Test
    void anotherSellersTokenIsNotFound() {
        ApiClient.Reply generated = generate(seller, inDays(30), "mine");
        String path = TOKENS + "/" + generated.text("id");

        assertThat(service.get(path, otherSeller.adminSession()).status()).isEqualTo(404);
        assertThat(service.post(path + "/revoke", otherSeller.adminSession(), null).status()).isEqualTo(404);
        assertThat(service.post(path + "/renew", otherSeller.adminSession(), null).status()).isEqualTo(404);
        assertThat(service.get(TOKENS + "?size=100", otherSeller.adminSession()).body())
                .doesNotContain(generated.text("id"));
        assertThat(service.get("/api/v1/me", "Bearer " + generated.text("token")).status()).isEqualTo(200);
    }

    @Test
    void membersAndAccessTokensCannotManageTokens() {
        String token = generate(seller, inDays(30), null).text("token");

        for (String caller : new String[]{seller.memberSession(), "Bearer " + token, token}) {
            assertThat(service.get(TOKENS, caller).status()).isEqualTo(403);
            ApiClient.Reply minted = service.post(TOKENS, caller, "{\"validUntil\":\"" + inDays(5) + "\"}");
            assertThat(minted.status()).isEqualTo(403);
            assertThat(minted.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void missingMalformedAndUnknownCredentialsAreRefused() {
        ApiClient.Reply missing = service.get("/api/v1/me", null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"access-tokens\"");

        String unknown = "sct_" + "A".repeat(30) + "000000";
        for (String header : new String[]{"Bearer nonsense", "Token sct_short", unknown, "Bearer a.b.c",
                "Basic dXNlcjpwYXNz"}) {
            ApiClient.Reply refused = service.get("/api/v1/me", header);
            assertThat(refused.status()).as(header).isEqualTo(401);
            assertThat(refused.header("WWW-Authenticate")).as(header).contains("error=\"invalid_token\"");
        }
    }

    @Test
    void listingPagesNewestFirstAndFiltersByStatus() {
        SellerFixture fresh = SellerFixture.create(service, service.signInAsOperator(), "Paging Co");
        String first = generate(fresh, inDays(1), "first").text("id");
        String second = generate(fresh, inDays(1), "second").text("id");
        String third = generate(fresh, inDays(1), "third").text("id");
        service.post(TOKENS + "/" + second + "/revoke", fresh.adminSession(), null);

        ApiClient.Reply page0 = service.get(TOKENS + "?page=0&size=2", fresh.adminSession());
        ApiClient.Reply page1 = service.get(TOKENS + "?page=1&size=2", fresh.adminSession());
        ApiClient.Reply active = service.get(TOKENS + "?status=ACTIVE", fresh.adminSession());

        assertThat(page0.json()).containsEntry("page", 0).containsEntry("size", 2).containsEntry("totalItems", 3);
        assertThat(page0.items()).extracting(item -> item.get("id")).containsExactly(third, second);
        assertThat(page1.items()).extracting(item -> item.get("id")).containsExactly(first);
        assertThat(active.items()).extracting(item -> item.get("id")).containsExactly(third, first);
    }

    private static ApiClient.Reply generate(SellerFixture owner, String validUntil, String note) {
        String body = note == null
                ? "{\"validUntil\":\"" + validUntil + "\"}"
                : "{\"validUntil\":\"" + validUntil + "\",\"note\":\"" + note + "\"}";
        ApiClient.Reply reply = service.post(TOKENS, owner.adminSession(), body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply;
    }

    static String inDays(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
