package io.sellercenter.accesstokens.bootstrap;

import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.RequestResponsePact;
import au.com.dius.pact.core.model.annotations.Pact;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seller portal's side of its pact ({@link SellerPortalPact}): the requests the portal makes get the answers it
 * expects, on Pact's mock server. It also writes target/pacts/seller-portal-access-tokens.json, the file a pact broker
 * would be given; the provider verification does not read it.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = SellerPortalPact.PROVIDER, pactVersion = PactSpecVersion.V3)
class SellerPortalConsumerPactTest {
    private static final String SESSION = SellerPortalPact.SESSION;
    private static final String EXAMPLE_ID = SellerPortalPact.EXAMPLE_ID;

    @Pact(consumer = SellerPortalPact.CONSUMER)
    RequestResponsePact listTokens(PactDslWithProvider builder) {
        return SellerPortalPact.listTokens(builder);
    }

    @Pact(consumer = SellerPortalPact.CONSUMER)
    RequestResponsePact generateToken(PactDslWithProvider builder) {
        return SellerPortalPact.generateToken(builder);
    }

    @Pact(consumer = SellerPortalPact.CONSUMER)
    RequestResponsePact revokeToken(PactDslWithProvider builder) {
        return SellerPortalPact.revokeToken(builder);
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
        // Written with its seconds always: OffsetDateTime.toString() drops ":00", which the contract's pattern refuses.
        String validUntil = java.time.OffsetDateTime.now().plusDays(30)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(server.getUrl() + "/api/v1/access-tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"validUntil\":\"" + validUntil + "\",\"note\":\"ERP sync\","
                                + "\"scopes\":[\"stock:write\",\"orders:read\"],\"allowedIps\":[\"203.0.113.0/24\"]}")));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).contains("\"token\":\"sct_").contains("\"stock:write\"");
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

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.header("Authorization", SESSION).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
