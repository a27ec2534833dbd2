package io.sellercenter.accesstokens.adapter.web.introspection;

import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.adapter.web.testsupport.Failures;
import io.sellercenter.accesstokens.adapter.web.testsupport.DocumentedResponses;
import io.sellercenter.accesstokens.adapter.web.testsupport.InMemoryApplication;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.sellercenter.accesstokens.adapter.web.testsupport.Problems.assertInvalid;
import static io.sellercenter.accesstokens.adapter.web.testsupport.Problems.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** RFC 7662 introspection for gateways: active with its claims, or exactly inactive; only for known clients. */
class IntrospectionControllerTest {

    private static final String INTROSPECT = "/api/v1/oauth/introspect";
    private static final String SECRET = "gateway-secret-0123456789-0123456789";
    private static final String GATEWAY = basic("gateway", SECRET);
    private static WebAdapterServer server;
    private static ApiClient api;
    private static InMemoryApplication.SellerUsers seller;
    private static String admin;

    @BeforeAll
    static void start() {
        server = WebAdapterServer.start(Map.of("access-tokens.introspection.clients.gateway.secret", SECRET));
        api = server.client();
        seller = server.application().newSeller("Gateway Co");
        admin = api.signIn(seller.adminEmail(), InMemoryApplication.PASSWORD);
    }

    @AfterAll
    static void everyDocumentedAnswerWasReachedAndTheServerStops() {
        try {
            assertThat(DocumentedResponses.missedBy("/api/v1/oauth", api.exchanges())).isEmpty();
        } finally {
            server.close();
        }
    }

    @Test
    void anActiveTokenIsDescribedAndNothingElseIsMoreThanInactive() {
        String validUntil = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        ApiClient.Reply generated = api.post("/api/v1/access-tokens", admin, "{\"validUntil\":\"" + validUntil + "\"}");

        ApiClient.Reply active = api.postForm(INTROSPECT, GATEWAY, "token=" + generated.text("token"));
        ApiClient.Reply unknown = api.postForm(INTROSPECT, GATEWAY, "token=sct_" + "A".repeat(30) + "000000");
        ApiClient.Reply malformed = api.postForm(INTROSPECT, GATEWAY, "token=not+even+close");

        assertThat(active.status()).isEqualTo(200);
        assertThat(active.header("Cache-Control")).isEqualTo("no-store");
        assertThat(active.json()).containsEntry("active", true).containsEntry("token_type", "access_token")
                .containsEntry("scope", "*").containsEntry("allowed_ips", List.of())
                .containsEntry("seller_id", seller.seller().id().toString()).containsEntry("jti", generated.text("id"));
        assertThat(((Number) active.json().get("exp")).longValue()).isEqualTo(Instant.parse(validUntil)
                .getEpochSecond());
        assertThat(unknown.body()).isEqualTo("{\"active\":false}");
        assertThat(malformed.body()).isEqualTo("{\"active\":false}");
    }

    @Test
    void aTokensScopesAndAllowlistGoWithItAndAGatewayMayAskForTheCallersAddress() {
        String validUntil = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String token = api.post("/api/v1/access-tokens", admin, "{\"validUntil\":\"" + validUntil
                + "\",\"scopes\":[\"stock:write\"],\"allowedIps\":[\"203.0.113.0/24\"]}").text("token");

        ApiClient.Reply described = api.postForm(INTROSPECT, GATEWAY, "token=" + token);
        ApiClient.Reply fromInside = api.postForm(INTROSPECT, GATEWAY, "token=" + token + "&client_ip=203.0.113.7");
        ApiClient.Reply fromOutside = api.postForm(INTROSPECT, GATEWAY, "token=" + token + "&client_ip=127.0.0.1");

        assertThat(described.json()).containsEntry("active", true).containsEntry("scope", "stock:read stock:write")
                .containsEntry("allowed_ips", List.of("203.0.113.0/24"));
        assertThat(fromInside.json()).containsEntry("active", true);
        assertThat(fromOutside.body()).isEqualTo("{\"active\":false}");
        assertInvalidField(api.postForm(INTROSPECT, GATEWAY, "token=" + token + "&client_ip=gateway.example"));
        // Read as the allowlist reads it: an address with a port, or with a leading zero, is refused, not let through
        // to be judged outside the allowlist.
        assertInvalidField(api.postForm(INTROSPECT, GATEWAY, "token=" + token + "&client_ip=203.0.113.7:443"));
        assertInvalidField(api.postForm(INTROSPECT, GATEWAY, "token=" + token + "&client_ip=203.0.113.07"));
    }

    private static void assertInvalidField(ApiClient.Reply reply) {
        io.sellercenter.accesstokens.adapter.web.testsupport.Problems.assertInvalid(reply, "client_ip");
    }

    @Test
    void aMissingTokenIsRefusedByField() {
        assertInvalid(api.postForm(INTROSPECT, GATEWAY, "token="), "token");
        assertInvalid(api.postForm(INTROSPECT, GATEWAY, "token"), "token");
        assertInvalid(api.postForm(INTROSPECT, GATEWAY, ""), "token");
        assertInvalid(api.postForm(INTROSPECT, GATEWAY, "{\"token\":\"sct_x\"}"), "token");
    }

    @Test
    void theFormIsReadAsEncodedWithOtherParametersIgnoredAndAFieldGivenTwiceOrBadlyEncodedRefused() {
        String validUntil = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        String token = api.post("/api/v1/access-tokens", admin, "{\"validUntil\":\"" + validUntil + "\"}")
                .text("token");
        String encoded = "%" + Integer.toHexString(token.charAt(0)) + token.substring(1);

        assertThat(api.postForm(INTROSPECT, GATEWAY, "&&token_type_hint=access_token&foo=%zz&t%6Fken=" + encoded
                + "&client%5Fip=127.0.0.1&").json()).containsEntry("active", true);
        assertThat(api.postForm(INTROSPECT, GATEWAY, "token=" + token + ";client_ip=203.0.113.7").body())
                .isEqualTo("{\"active\":false}");
        assertInvalid(api.postForm(INTROSPECT, GATEWAY, "token=" + token + "&token=sct_other"), "token");
        assertInvalid(api.postForm(INTROSPECT, GATEWAY, "token=" + token + "&client_ip=127.0.0.1&client_ip=10.0.0.1"),
                "client_ip");
        for (String badlyEncoded : List.of("%zz" + token, token + "%2", token + "%", "%FF%FE")) {
            ApiClient.Reply refused = api.postForm(INTROSPECT, GATEWAY, "token=" + badlyEncoded);
            assertInvalid(refused, "token");
            assertThat(refused.body()).doesNotContain(token);
        }
    }

    @Test
    void onlyAKnownClientWithItsSecretMayAsk() {
        for (String authorization : new String[]{basic("gateway", "guess"), basic("other", SECRET), null,
                "Bearer " + SECRET, basic("%zz", "x"), basic("gateway", SECRET + "%"), "Basic !!!",
                "Basic " + Base64.getEncoder().encodeToString("no colon".getBytes(StandardCharsets.UTF_8))}) {
            ApiClient.Reply reply = api.postForm(INTROSPECT, authorization, "token=sct_x");
            assertProblem(reply, 401, "unauthorized");
            assertThat(reply.header("WWW-Authenticate")).isEqualTo("Basic realm=\"access-tokens-introspection\"");
        }
    }

    @Test
    void aClientSecretShorterThan32CharactersStopsTheServiceAtStartWithoutSayingIt() {
        assertThatThrownBy(() -> WebAdapterServer.start(Map.of("access-tokens.introspection.clients.weak.secret",
                "short-secret"))).hasStackTraceContaining("introspection client weak must be at least 32 characters")
                .satisfies(failure -> assertThat(stackTrace(failure)).doesNotContain("short-secret"));
        assertThatThrownBy(() -> new IntrospectionClients(List.of(),
                Map.of("ACCESS_TOKENS_INTROSPECTION_CLIENTS_WEAK_ONE_SECRET", "short-secret")))
                .hasMessageContaining("weak-one").hasMessageNotContaining("short-secret");
    }

    private static String stackTrace(Throwable failure) {
        java.io.StringWriter text = new java.io.StringWriter();
        failure.printStackTrace(new java.io.PrintWriter(text));
        return text.toString();
    }

    @Test
    void anUnexpectedFailureIsAPlain500ThatTellsNothing() {
        Failures.assertPlain500(server.application(), () -> api.postForm(INTROSPECT, GATEWAY,
                "token=sct_" + "A".repeat(30) + "000000"));
    }

    @Test
    void aDatabaseThatIsAwayIs503AndAClientPastItsRefusalsIs429() {
        Failures.assertUnavailable(server.application(), () -> api.postForm(INTROSPECT, GATEWAY,
                "token=sct_" + "A".repeat(30) + "000000"));
        Failures.assertRateLimited(server, client -> client.postForm(INTROSPECT, Failures.UNKNOWN_TOKEN,
                "token=sct_" + "A".repeat(30) + "000000"));
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
