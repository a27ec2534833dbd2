package io.sellercenter.accesstokens.adapter.web.problem;

import io.micronaut.runtime.server.EmbeddedServer;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.adapter.web.testsupport.InMemoryApplication;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A path nothing serves is a 404 problem with the usual headers, whatever the method; a path served for another method
 * is still a 405, a route's own 404 keeps its own problem, and the page's files are still served. Straight over HTTP:
 * these paths are in no contract.
 */
class NoSuchRouteFilterTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static WebAdapterServer server;

    @BeforeAll
    static void start() {
        server = WebAdapterServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void whatScannersAskForIsA404Problem() throws Exception {
        for (String path : new String[]{"/wp-login.php", "/.env", "/api/v1/no-such-thing", "/assets/missing.js"}) {
            HttpResponse<String> missing = send(HttpRequest.newBuilder(uri(path)).GET());

            assertThat(missing.statusCode()).as(path).isEqualTo(404);
            assertThat(missing.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
            assertThat(missing.body()).as(path).isEqualTo("{\"type\":\"https://api.sellercenter.io/problems/not-found\","
                    + "\"title\":\"Not found\",\"status\":404,\"detail\":\"There is no such resource.\"}");
            assertThat(missing.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(missing.headers().firstValue("X-Request-Id")).as(path).isPresent();
        }
        assertThat(send(HttpRequest.newBuilder(uri("/wp-login.php")).POST(HttpRequest.BodyPublishers.ofString("x")))
                .statusCode()).isEqualTo(404);
        HttpResponse<String> head = send(HttpRequest.newBuilder(uri("/.env"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertThat(head.statusCode()).isEqualTo(404);
        assertThat(head.body()).isEmpty();
    }

    @Test
    void aPathServedForAnotherMethodIsStillA405() throws Exception {
        HttpResponse<String> wrongMethod = send(HttpRequest.newBuilder(uri("/api/v1/auth/login")).GET());

        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow)
                .contains("POST"));
    }

    @Test
    void aRoutesOwn404AndThePagesFilesAreLeftAlone() throws Exception {
        InMemoryApplication.SellerUsers seller = server.application().newSeller("Routed Co");
        String admin = server.client().signIn(seller.adminEmail(), InMemoryApplication.PASSWORD);

        ApiClient.Reply unknownToken = server.client().get("/api/v1/access-tokens/" + UUID.randomUUID(), admin);
        assertThat(unknownToken.status()).isEqualTo(404);
        assertThat(unknownToken.text("detail")).isEqualTo("Your seller has no access token with this id.");
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/")).GET());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("text/html"));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create("http://localhost:" + server.context().getBean(EmbeddedServer.class).getPort() + path);
    }
}
