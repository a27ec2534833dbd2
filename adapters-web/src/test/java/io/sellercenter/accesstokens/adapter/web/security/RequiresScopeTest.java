package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.sellercenter.accesstokens.adapter.web.testsupport.InMemoryApplication;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An endpoint of the seller API, as a team builds one on this service: {@code @RequiresScope} lets through the tokens
 * that have the scope (write covers read, full access covers everything) and answers the others 403
 * {@code insufficient_scope} with the RFC 6750 challenge.
 */
class RequiresScopeTest {
    private static WebAdapterServer server;
    private static String admin;

    /** Orders of the seller API, for this test only. */
    @Controller("/test-seller-api/orders")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Requires(property = "requires-scope-test", value = "on")
    static class OrdersController {
        @Get
        @RequiresScope("orders:read")
        String list() {
            return "orders";
        }

        @Post("/cancel")
        @RequiresScope("orders:write")
        String cancel() {
            return "cancelled";
        }
    }

    @BeforeAll
    static void start() {
        server = WebAdapterServer.start(Map.of("requires-scope-test", "on"));
        InMemoryApplication.SellerUsers seller = server.application().newSeller("Scoped Co");
        admin = server.client().signIn(seller.adminEmail(), InMemoryApplication.PASSWORD);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aTokenMayCallWhatItsScopesCoverAndIsToldWhichScopeItLacksOtherwise() throws Exception {
        String stockWriter = token("[\"stock:write\"]");
        String orderReader = token("[\"orders:read\"]");
        String orderWriter = token("[\"orders:write\"]");
        String fullAccess = token(null);

        HttpResponse<String> lacking = call("GET", "/test-seller-api/orders", stockWriter);
        assertThat(lacking.statusCode()).isEqualTo(403);
        assertThat(lacking.body()).contains("/problems/insufficient-scope").contains("orders:read");
        assertThat(lacking.headers().firstValue("WWW-Authenticate")).contains(
                "Bearer realm=\"access-tokens\", error=\"insufficient_scope\", scope=\"orders:read\"");

        assertThat(call("GET", "/test-seller-api/orders", orderReader).statusCode()).isEqualTo(200);
        assertThat(call("POST", "/test-seller-api/orders/cancel", orderReader).statusCode()).isEqualTo(403);
        assertThat(call("GET", "/test-seller-api/orders", orderWriter).statusCode()).as("write covers read")
                .isEqualTo(200);
        assertThat(call("POST", "/test-seller-api/orders/cancel", orderWriter).statusCode()).isEqualTo(200);
        assertThat(call("POST", "/test-seller-api/orders/cancel", fullAccess).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/test-seller-api/orders", null).statusCode()).isEqualTo(401);
    }

    private static String token(String scopes) {
        String validUntil = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        return "Bearer " + server.client().post("/api/v1/access-tokens", admin, "{\"validUntil\":\"" + validUntil
                + "\"" + (scopes == null ? "" : ",\"scopes\":" + scopes) + "}").text("token");
    }

    /** Straight over HTTP: this test endpoint is not part of the published contract the API client holds to. */
    private static HttpResponse<String> call(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:"
                + server.context().getBean(io.micronaut.runtime.server.EmbeddedServer.class).getPort() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
