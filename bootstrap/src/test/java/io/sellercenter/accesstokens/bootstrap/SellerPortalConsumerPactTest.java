package io.sellercenter.accesstokens.bootstrap;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seller portal's expectations of the token API, as a Pact consumer contract: list, generate and revoke with a
 * session. It writes target/pacts/seller-portal-access-tokens.json, which {@link AccessTokensProviderPactTest}
 * verifies against the running service later in the same build.
 */
@Order(1)
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = "access-tokens", pactVersion = PactSpecVersion.V3)
class SellerPortalConsumerPactTest {
    static final String CONSUMER = "seller-portal";
    private static final String SESSION = "Bearer eyJhbGciOiJIUzI1NiJ9.e30.portal-session";
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";
    private static final String EXAMPLE_ID = "6f1c2a7e-2b7d-4c1e-9d7a-1c2b3d4e5f60";

    @Pact(consumer = CONSUMER)
    RequestResponsePact listTokens(PactDslWithProvider builder) {
        PactDslJsonBody page = new PactDslJsonBody();
        tokenFields(page.minArrayLike("items", 1), "ACTIVE|EXPIRED|REVOKED", "ACTIVE").closeObject().closeArray();
        page.integerType("page", 0).integerType("size", 20).integerType("totalItems", 1);
        return builder.given("a seller admin with an active token")
                .uponReceiving("the portal lists the seller's tokens")
                .path("/api/v1/access-tokens").query("page=0&size=20").method("GET")
                .matchHeader("Authorization", "Bearer .+", SESSION)
                .willRespondWith().status(200).body(page)
                .toPact();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact generateToken(PactDslWithProvider builder) {
        PactDslJsonBody request = new PactDslJsonBody()
                .datetimeExpression("validUntil", "now + 30 days", "yyyy-MM-dd'T'HH:mm:ssXXX")
                .stringValue("note", "ERP sync");
        PactDslJsonBody created = tokenFields(new PactDslJsonBody(), "ACTIVE", "ACTIVE")
                .stringMatcher("token", "sct_[0-9A-Za-z]{36}", "sct_" + "A".repeat(36));
        return builder.given("a seller admin")
                .uponReceiving("the portal generates a token")
                .path("/api/v1/access-tokens").method("POST")
                .matchHeader("Authorization", "Bearer .+", SESSION)
                .matchHeader("Content-Type", "application/json.*", "application/json")
                .body(request)
                .willRespondWith().status(201).matchHeader("Cache-Control", "no-store", "no-store").body(created)
                .toPact();
    }

    @Pact(consumer = CONSUMER)
    RequestResponsePact revokeToken(PactDslWithProvider builder) {
        PactDslJsonBody revoked = tokenFields(new PactDslJsonBody(), "REVOKED", "REVOKED")
                .stringMatcher("revokedAt", INSTANT, "2026-11-27T10:00:00Z");
        return builder.given("a seller admin with an active token")
                .uponReceiving("the portal revokes a token")
                .pathFromProviderState("/api/v1/access-tokens/${tokenId}/revoke",
                        "/api/v1/access-tokens/" + EXAMPLE_ID + "/revoke")
                .method("POST")
                .matchHeader("Authorization", "Bearer .+", SESSION)
                .willRespondWith().status(200).body(revoked)
                .toPact();
    }

    @Test
    @PactTestFor(pactMethod = "listTokens")
    void portalListsTokens(MockServer server) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create(server.getUrl() + "/api/v1/access-tokens?page=0&size=20")).GET());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"items\"");
    }

    @Test
    @PactTestFor(pactMethod = "generateToken")
    void portalGeneratesAToken(MockServer server) throws Exception {
        String validUntil = java.time.OffsetDateTime.now().plusDays(30).withNano(0).toString();
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(server.getUrl() + "/api/v1/access-tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"validUntil\":\"" + validUntil + "\",\"note\":\"ERP sync\"}")));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"token\":\"sct_");
    }

    @Test
    @PactTestFor(pactMethod = "revokeToken")
    void portalRevokesAToken(MockServer server) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(server.getUrl() + "/api/v1/access-tokens/" + EXAMPLE_ID + "/revoke"))
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("REVOKED");
    }

    private static PactDslJsonBody tokenFields(PactDslJsonBody body, String statusPattern, String status) {
        return body.stringMatcher("id", UUID, EXAMPLE_ID)
                .stringMatcher("tokenHint", "sct_[0-9A-Za-z]{4}…", "sct_Ab12…")
                .stringType("note", "ERP sync")
                .stringMatcher("status", statusPattern, status)
                .stringMatcher("validUntil", INSTANT, "2027-03-01T09:30:00Z")
                .stringMatcher("createdAt", INSTANT, "2026-11-27T09:30:00Z")
                .stringMatcher("createdBy", UUID, EXAMPLE_ID);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.header("Authorization", SESSION).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
