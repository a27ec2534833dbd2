package io.sellercenter.accesstokens.adapter.web.security;

import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.adapter.web.testsupport.Failures;
import io.sellercenter.accesstokens.adapter.web.testsupport.DocumentedResponses;
import io.sellercenter.accesstokens.adapter.web.testsupport.InMemoryApplication;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static io.sellercenter.accesstokens.adapter.web.testsupport.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/** Who is calling, as the caller sees it: through a session or an access token in each header form. */
class MeControllerTest {

    private static WebAdapterServer server;
    private static ApiClient api;
    private static InMemoryApplication.SellerUsers seller;
    private static String admin;

    @BeforeAll
    static void start() {
        server = WebAdapterServer.start();
        api = server.client();
        seller = server.application().newSeller("Caller Co");
        admin = api.signIn(seller.adminEmail(), InMemoryApplication.PASSWORD);
    }

    @AfterAll
    static void everyDocumentedAnswerWasReachedAndTheServerStops() {
        try {
            assertThat(DocumentedResponses.missedBy("/api/v1/me", api.exchanges())).isEmpty();
        } finally {
            server.close();
        }
    }

    @Test
    void anAccessTokenNamesItsSellerAndWhenItEndsInEveryHeaderForm() {
        String validUntil = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        ApiClient.Reply generated = api.post("/api/v1/access-tokens", admin, "{\"validUntil\":\"" + validUntil + "\"}");
        String token = generated.text("token");

        for (String header : new String[]{"Bearer " + token, "Token " + token, token, "bEaReR " + token}) {
            ApiClient.Reply me = api.get("/api/v1/me", header);
            assertThat(me.status()).as(header).isEqualTo(200);
            assertThat(me.json()).containsEntry("authenticatedBy", "ACCESS_TOKEN")
                    .containsEntry("sellerId", seller.seller().id().toString())
                    .containsEntry("sellerName", "Caller Co").containsEntry("tokenId", generated.text("id"))
                    .containsEntry("validUntil", validUntil);
            assertThat(me.header("Access-Token-Expires-At")).isEqualTo(validUntil);
        }
    }

    @Test
    void aSessionNamesItsUser() {
        ApiClient.Reply me = api.get("/api/v1/me", admin);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json()).containsEntry("authenticatedBy", "SESSION").containsEntry("email", seller.adminEmail())
                .containsEntry("role", "SELLER_ADMIN").containsEntry("sellerId", seller.seller().id().toString());
        assertThat(me.header("Access-Token-Expires-At")).isNull();
    }

    @Test
    void missingOrBadCredentialsAre401WithTheRightChallenge() {
        ApiClient.Reply missing = api.get("/api/v1/me", null);
        assertProblem(missing, 401, "unauthorized");
        assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer realm=\"access-tokens\"");

        String unknown = "sct_" + "A".repeat(30) + "000000";
        for (String header : new String[]{"Bearer nonsense", "Token sct_short", unknown, "Bearer a.b.c",
                "Basic dXNlcjpwYXNz"}) {
            ApiClient.Reply refused = api.get("/api/v1/me", header);
            assertProblem(refused, 401, "unauthorized");
            assertThat(refused.header("WWW-Authenticate")).as(header)
                    .isEqualTo("Bearer realm=\"access-tokens\", error=\"invalid_token\"");
        }
    }

    @Test
    void anUnexpectedFailureIsAPlain500ThatTellsNothing() {
        String token = api.post("/api/v1/access-tokens", admin, "{\"validUntil\":\""
                + Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS) + "\"}").text("token");

        Failures.assertPlain500(server.application(), () -> api.get("/api/v1/me", "Bearer " + token));
    }

    @Test
    void aDatabaseThatIsAwayIs503AndAClientPastItsRefusalsIs429() {
        Failures.assertUnavailable(server.application(), () -> api.get("/api/v1/me", Failures.UNKNOWN_TOKEN));
        Failures.assertRateLimited(server, client -> client.get("/api/v1/me", Failures.UNKNOWN_TOKEN));
    }

}
