package io.sellercenter.accesstokens.adapter.web.security;

import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.adapter.web.testsupport.Failures;
import io.sellercenter.accesstokens.adapter.web.testsupport.DocumentedResponses;
import io.sellercenter.accesstokens.adapter.web.testsupport.InMemoryApplication;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import java.util.List;
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

        for (String header : new String[]{"Bearer " + token, "Token " + token, token, "bEaReR " + token,
                "TOKEN " + token}) {
            ApiClient.Reply me = api.get("/api/v1/me", header);
            assertThat(me.status()).as(header).isEqualTo(200);
            assertThat(me.json()).containsEntry("authenticatedBy", "ACCESS_TOKEN")
                    .containsEntry("sellerId", seller.seller().id().toString())
                    .containsEntry("sellerName", "Caller Co").containsEntry("tokenId", generated.text("id"))
                    .containsEntry("validUntil", validUntil);
            assertThat(me.header("Access-Token-Expires-At")).isEqualTo(validUntil);
            assertThat(me.header("Access-Token-Scopes")).isEqualTo("*");
            assertThat(me.json()).containsEntry("scopes", List.of("*")).containsEntry("allowedIps", List.of());
        }
    }

    @Test
    void aTokenShowsWhatItMayDoAndIsRefusedFromOutsideItsAllowlist() {
        String validUntil = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String token = "Bearer " + api.post("/api/v1/access-tokens", admin, "{\"validUntil\":\"" + validUntil
                + "\",\"scopes\":[\"stock:write\"],\"allowedIps\":[\"203.0.113.0/24\"]}").text("token");

        ApiClient.Reply fromOutside = api.get("/api/v1/me", token);
        ApiClient.Reply throughTheProxy = api.from("203.0.113.7").get("/api/v1/me", token);

        assertProblem(fromOutside, 401, "unauthorized");
        assertThat(fromOutside.header("WWW-Authenticate")).contains("error=\"invalid_token\"");
        assertThat(throughTheProxy.status()).isEqualTo(200);
        assertThat(throughTheProxy.json()).containsEntry("scopes", List.of("stock:read", "stock:write"))
                .containsEntry("allowedIps", List.of("203.0.113.0/24"));
        assertThat(throughTheProxy.header("Access-Token-Scopes")).isEqualTo("stock:read stock:write");
        assertThat(server.application().audit.recordedSoon()).anySatisfy(event -> {
            assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.ADDRESS_NOT_ALLOWED);
            assertThat(event.origin().clientIp()).isEqualTo("127.0.0.1");
        });
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
    void aValidTokenBehindAnotherSchemeIsRefused() {
        String token = api.post("/api/v1/access-tokens", admin, "{\"validUntil\":\""
                + Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS) + "\"}").text("token");

        for (String scheme : new String[]{"Bear ", "Bearers ", "Tokens ", "Toke ", "Basic ", "Digest "}) {
            assertProblem(api.get("/api/v1/me", scheme + token), 401, "unauthorized");
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

    @Test
    void checksTheDatabaseCouldNotAnswerDoNotUseUpTheClientsAllowanceOfRefusedTokens() {
        ApiClient client = api.from("198.51.100.200");
        String token = "Bearer " + api.post("/api/v1/access-tokens", admin, "{\"validUntil\":\""
                + Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS) + "\"}").text("token");
        long allowance = server.context().getProperty("access-tokens.rate-limits.refused-tokens-per-minute",
                Long.class, 60L);

        server.application().takeAwayBehindTheCache();
        try {
            for (long i = 0; i <= allowance; i++) {
                assertProblem(client.get("/api/v1/me", token), 503, "service-unavailable");
            }
        } finally {
            server.application().repair();
        }

        assertThat(client.get("/api/v1/me", Failures.UNKNOWN_TOKEN).status()).as("not refused for the outage")
                .isEqualTo(401);
        assertThat(client.get("/api/v1/me", token).status()).isEqualTo(200);
    }

}
