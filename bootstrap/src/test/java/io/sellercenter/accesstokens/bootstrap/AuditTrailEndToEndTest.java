package io.sellercenter.accesstokens.bootstrap;

import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.application.testsupport.Eventually;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every change, sign-in and refused token call lands in the seller's audit trail, which only its admins can read. */
class AuditTrailEndToEndTest {
    private static final String EVENTS = "/api/v1/audit-events";
    private static RunningService service;
    private static SellerFixture seller;
    private static SellerFixture otherSeller;

    @BeforeAll
    static void start() {
        // The test client stands in for a load balancer in front of the service.
        service = RunningService.start(PostgresDatabase.freshDatabaseUrl(),
                Map.of("access-tokens.http.trusted-proxies", List.of("127.0.0.1", "::1")));
        String operator = service.signInAsOperator();
        seller = SellerFixture.create(service, operator, "Audited Co");
        otherSeller = SellerFixture.create(service, operator, "Unrelated Co");
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void theWholeLifecycleIsAuditedWithWhoWhenAndFromWhere() {
        Instant started = Instant.now().minusSeconds(1);
        service.login(seller.adminEmail(), "not the password");
        String session = service.signIn(seller.adminEmail(), SellerFixture.PASSWORD);
        ApiClient.Reply generated = service.post("/api/v1/access-tokens", session,
                "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(9) + "\"}");
        String tokenId = generated.text("id");
        ApiClient.Reply renewed = service.post("/api/v1/access-tokens/" + tokenId + "/renew", session, null);
        service.post("/api/v1/access-tokens/" + renewed.text("id") + "/revoke", session, null);
        service.get("/api/v1/me", "Bearer " + renewed.text("token"));

        Eventually.until("the refused call is written", () -> !events("?tokenId=" + renewed.text("id")
                + "&action=TOKEN_AUTHENTICATION_FAILED").isEmpty());
        List<Map<String, Object>> all = events("?from=" + started + "&size=100");

        assertThat(all).extracting(event -> event.get("action") + "/" + event.get("outcome")).startsWith(
                "TOKEN_AUTHENTICATION_FAILED/REVOKED", "TOKEN_REVOKED/SUCCESS", "TOKEN_GENERATED/SUCCESS",
                "TOKEN_RENEWED/SUCCESS", "TOKEN_GENERATED/SUCCESS", "SIGN_IN/SUCCESS",
                "SIGN_IN/INVALID_CREDENTIALS");
        assertThat(all).allSatisfy(event -> {
            assertThat(event).containsEntry("sellerId", seller.sellerId()).containsKeys("occurredAt", "clientIp");
            assertThat(event.get("userAgent").toString()).startsWith("Java-http-client");
        });
        assertThat(all.get(0)).containsEntry("actor", "token:" + renewed.text("id"))
                .containsEntry("tokenId", renewed.text("id"));
        assertThat(all.get(1).get("actor").toString()).startsWith("user:");
        assertThat(events("?tokenId=" + tokenId)).extracting(event -> event.get("action"))
                .containsExactly("TOKEN_RENEWED", "TOKEN_GENERATED");
        assertThat(service.get(EVENTS + "?size=100", seller.adminSession()).body())
                .doesNotContain(generated.text("token")).doesNotContain(renewed.text("token"))
                .doesNotContain(SellerFixture.PASSWORD);
    }

    @Test
    void behindATrustedProxyTheClientIsTheAddressItForwardedFor() {
        String session = seller.adminSession();
        ApiClient.Reply generated = service.post("/api/v1/access-tokens", session,
                "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(9) + "\"}");
        service.post("/api/v1/access-tokens/" + generated.text("id") + "/revoke", session, null);

        service.get("/api/v1/me", "Bearer " + generated.text("token"),
                Map.of("X-Forwarded-For", "198.51.100.23, 203.0.113.77"));

        Eventually.until("the refused call is written", () -> !events("?tokenId=" + generated.text("id")
                + "&action=TOKEN_AUTHENTICATION_FAILED").isEmpty());
        assertThat(events("?tokenId=" + generated.text("id") + "&action=TOKEN_AUTHENTICATION_FAILED"))
                .singleElement().satisfies(event -> assertThat(event).containsEntry("clientIp", "203.0.113.77"));
    }

    @Test
    void anotherSellerSeesNoneOfIt() {
        service.post("/api/v1/access-tokens", seller.adminSession(),
                "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(9) + "\"}");

        // The other seller's own sign-ins are in its trail, so the check below looks at something.
        assertThat(service.get(EVENTS + "?size=100", otherSeller.adminSession()).items()).isNotEmpty()
                .allSatisfy(event -> assertThat(event).containsEntry("sellerId", otherSeller.sellerId()));
    }

    @Test
    void onlySellerAdminsWithASessionReadTheTrail() {
        String token = service.post("/api/v1/access-tokens", seller.adminSession(),
                "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(9) + "\"}").text("token");

        assertThat(service.get(EVENTS, seller.memberSession()).status()).isEqualTo(403);
        assertThat(service.get(EVENTS, "Bearer " + token).status()).isEqualTo(403);
        assertThat(service.get(EVENTS, null).status()).isEqualTo(401);
    }

    @Test
    void badFiltersAreRefused() {
        for (String query : new String[]{"?tokenId=nope", "?action=DELETED", "?from=yesterday", "?size=500",
                "?from=2027-01-02T00:00:00Z&to=2027-01-01T00:00:00Z"}) {
            ApiClient.Reply reply = service.get(EVENTS + query, seller.adminSession());
            assertThat(reply.status()).as(query).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    private static List<Map<String, Object>> events(String query) {
        ApiClient.Reply reply = service.get(EVENTS + query, seller.adminSession());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.items();
    }
}
