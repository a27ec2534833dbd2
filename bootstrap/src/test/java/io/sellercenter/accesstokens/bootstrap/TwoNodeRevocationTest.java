package io.sellercenter.accesstokens.bootstrap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.sellercenter.accesstokens.adapter.persistence.PostgresDatabase;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.application.port.out.token.KnownTokenCache;
import io.sellercenter.accesstokens.application.testsupport.Eventually;
import io.sellercenter.accesstokens.domain.token.TokenHash;
import io.sellercenter.accesstokens.domain.token.TokenSecret;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two nodes on one database: a token revoked or renewed on one stops working on the other, for API calls and for a
 * gateway's introspections, both answered from the node's memory once it knows the token.
 */
class TwoNodeRevocationTest {
    private static final String TOKENS = "/api/v1/access-tokens";
    private static final String INTROSPECT = "/api/v1/oauth/introspect";
    private static final String GATEWAY_SECRET = "a-gateway-secret-of-both-nodes-0123456789";
    private static final String GATEWAY = "Basic " + Base64.getEncoder()
            .encodeToString(("gateway:" + GATEWAY_SECRET).getBytes(StandardCharsets.UTF_8));
    private static RunningService nodeA;
    private static RunningService nodeB;
    private static SellerFixture seller;

    @BeforeAll
    static void start() {
        String database = PostgresDatabase.freshDatabaseUrl();
        Map<String, Object> shared = Map.of("access-tokens.jwt.secret", "a-secret-shared-by-both-nodes-0123456789",
                "access-tokens.introspection.clients.gateway.secret", GATEWAY_SECRET);
        nodeA = RunningService.start(database, shared);
        nodeB = RunningService.start(database, shared);
        seller = SellerFixture.create(nodeA, nodeA.signInAsOperator(), "Two Node Co");
    }

    @AfterAll
    static void stop() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void tokenRevokedOnOneNodeIsRejectedOnTheOther() {
        ApiClient.Reply generated = generate();
        String authorization = "Bearer " + generated.text("token");
        assertThat(nodeB.get("/api/v1/me", authorization).status()).isEqualTo(200);
        assertThat(cacheOf(nodeB).get(hashOf(generated))).as("node B has it cached").isPresent();

        assertThat(nodeA.post(TOKENS + "/" + generated.text("id") + "/revoke", seller.adminSession(), null).status())
                .isEqualTo(200);

        assertThat(nodeA.get("/api/v1/me", authorization).status()).isEqualTo(401);
        Eventually.until("node B hears of the revocation", () -> cacheOf(nodeB).get(hashOf(generated)).isEmpty());
        assertThat(nodeB.get("/api/v1/me", authorization).status()).isEqualTo(401);
    }

    @Test
    void tokenRevokedOnOneNodeIsInactiveToTheGatewayIntrospectingOnTheOther() {
        ApiClient.Reply generated = generate();
        String form = "token=" + generated.text("token");
        assertThat(nodeB.postForm(INTROSPECT, GATEWAY, form).json()).containsEntry("active", true);
        double fastBefore = fastIntrospections(nodeB);
        assertThat(nodeB.postForm(INTROSPECT, GATEWAY, form).json()).containsEntry("active", true);
        assertThat(fastIntrospections(nodeB) - fastBefore).as("answered from node B's memory").isEqualTo(1.0);

        assertThat(nodeA.post(TOKENS + "/" + generated.text("id") + "/revoke", seller.adminSession(), null).status())
                .isEqualTo(200);

        Eventually.until("node B hears of the revocation", () -> cacheOf(nodeB).get(hashOf(generated)).isEmpty());
        assertThat(nodeB.postForm(INTROSPECT, GATEWAY, form).body()).isEqualTo("{\"active\":false}");
        assertThat(nodeB.postForm(INTROSPECT, GATEWAY, form).body()).isEqualTo("{\"active\":false}");
    }

    @Test
    void tokenRenewedOnOneNodeIsRejectedOnTheOther() {
        ApiClient.Reply old = generate();
        String authorization = "Bearer " + old.text("token");
        assertThat(nodeB.get("/api/v1/me", authorization).status()).isEqualTo(200);
        assertThat(cacheOf(nodeB).get(hashOf(old))).as("node B has it cached").isPresent();

        ApiClient.Reply renewed = nodeA.post(TOKENS + "/" + old.text("id") + "/renew", seller.adminSession(), null);

        Eventually.until("node B hears of the renewal", () -> cacheOf(nodeB).get(hashOf(old)).isEmpty());
        assertThat(nodeB.get("/api/v1/me", authorization).status()).isEqualTo(401);
        assertThat(nodeB.get("/api/v1/me", "Bearer " + renewed.text("token")).status()).isEqualTo(200);
    }

    private static ApiClient.Reply generate() {
        ApiClient.Reply reply = nodeA.post(TOKENS, seller.adminSession(),
                "{\"validUntil\":\"" + AccessTokenLifecycleEndToEndTest.inDays(30) + "\"}");
        assertThat(reply.status()).isEqualTo(201);
        return reply;
    }

    private static TokenHash hashOf(ApiClient.Reply generated) {
        return TokenSecret.parse(generated.text("token")).orElseThrow().hash();
    }

    private static double fastIntrospections(RunningService node) {
        return node.context().getBean(MeterRegistry.class).find("access_tokens.fast_path.answers")
                .tag("path", INTROSPECT).counters().stream().mapToDouble(Counter::count).sum();
    }

    private static KnownTokenCache cacheOf(RunningService node) {
        return node.context().getBean(KnownTokenCache.class);
    }
}
