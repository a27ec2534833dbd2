package io.sellercenter.accesstokens.adapter.web.introspection;

import io.micronaut.runtime.server.EmbeddedServer;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.adapter.web.testsupport.FastPathComparison;
import io.sellercenter.accesstokens.adapter.web.testsupport.InMemoryApplication;
import io.sellercenter.accesstokens.adapter.web.testsupport.RawHttp;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import io.sellercenter.accesstokens.domain.token.TokenSecret;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An introspection whose answer needs no I/O is answered ahead of Micronaut's pipeline, and nothing tells the two
 * apart: one application behind two servers, the fast paths on and off, asked the same, answer the same, status,
 * headers (but for the date and a fresh request id), body, audit trail and log line; and every introspection the fast
 * path does not take reaches the pipeline, which decides it.
 */
class IntrospectionFastRouteTest {
    private static final String INTROSPECT = IntrospectionFastRoute.PATH;
    private static final String SECRET = "gateway-secret-0123456789-0123456789";
    private static final String GATEWAY = "Basic " + Base64.getEncoder()
            .encodeToString(("gateway:" + SECRET).getBytes(StandardCharsets.UTF_8));
    private static final InMemoryApplication APPLICATION = new InMemoryApplication();
    private static FastPathComparison servers;
    private static String fullAccess;
    private static String fenced;
    private static String revoked;
    private static String knownUnknown;

    @BeforeAll
    static void start() {
        servers = new FastPathComparison(APPLICATION, INTROSPECT,
                Map.of("access-tokens.introspection.clients.gateway.secret", SECRET));
        InMemoryApplication.SellerUsers seller = APPLICATION.newSeller("Gateway Co");
        ApiClient api = servers.reference().client();
        String session = api.signIn(seller.adminEmail(), InMemoryApplication.PASSWORD);
        String validUntil = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        fullAccess = api.post("/api/v1/access-tokens", session, "{\"validUntil\":\"" + validUntil + "\"}")
                .text("token");
        fenced = api.post("/api/v1/access-tokens", session, "{\"validUntil\":\"" + validUntil
                        + "\",\"scopes\":[\"orders:read\"],\"allowedIps\":[\"198.51.100.0/24\"]}").text("token");
        ApiClient.Reply toRevoke = api.post("/api/v1/access-tokens", session,
                "{\"validUntil\":\"" + validUntil + "\"}");
        revoked = toRevoke.text("token");
        api.post("/api/v1/access-tokens/" + toRevoke.text("id") + "/revoke", session, "");
        knownUnknown = unknownToken();
        // Each token's first introspection asks the store; from then on it is remembered, as on a busy node.
        for (String token : List.of(fullAccess, fenced, revoked, knownUnknown)) {
            api.postForm(INTROSPECT, GATEWAY, "token=" + token);
        }
    }

    @AfterAll
    static void stop() {
        servers.close();
    }

    @Test
    void anIntrospectionThatNeedsNoLookupIsAnsweredAheadOfThePipelineExactlyAsThePipelineAnswersIt() {
        assertTheSame(true, "token=" + fullAccess);
        assertTheSame(true, "token=" + fenced);
        assertTheSame(true, "token=" + fenced + "&client_ip=198.51.100.7");
        assertTheSame(true, "token=" + fenced + "&client_ip=203.0.113.9");
        assertTheSame(true, "token=" + revoked);
        assertTheSame(true, "token=" + knownUnknown);
        assertTheSame(true, "token=not+even+close");
        assertTheSame(true, "&&token_type_hint=access_token&foo=%zz&t%6Fken=" + fullAccess + "&client%5Fip=::1&");
        assertTheSame(true, "token=" + fullAccess, Map.of("X-Request-Id", "gateway-run-7"));
        assertTheSame(true, "token=" + fullAccess, Map.of("Accept", "application/json"));
        assertTheSame(true, "token=" + fullAccess,
                Map.of("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8"));
    }

    @Test
    void everyOtherIntrospectionIsLeftToThePipelineWhichDecidesItAsWithoutTheFastPath() {
        assertTheSame(false, "token=" + unknownToken());
        assertTheSame(false, "token=" + fullAccess, basic("gateway", "guess"), Map.of());
        assertTheSame(false, "token=" + fullAccess, basic("other", SECRET), Map.of());
        assertTheSame(false, "token=" + fullAccess, null, Map.of());
        assertTheSame(false, "token=");
        assertTheSame(false, "");
        assertTheSame(false, "token=" + fullAccess + "&token=" + fenced);
        assertTheSame(false, "token=" + fullAccess + "&client_ip=gateway.example");
        assertTheSame(false, "token=%zz" + fullAccess);
        assertTheSame(false, "token=" + fullAccess, Map.of("Cookie", "theme=dark"));
        assertTheSame(false, "token=" + fullAccess, Map.of("Accept", "application/json, text/plain"));
        assertTheSame(false, "token=" + fullAccess,
                Map.of("Content-Type", "application/x-www-form-urlencoded; charset=ISO-8859-1"));
        assertTheSame(false, "token=" + fullAccess + "&padding=" + "x".repeat(2048));
    }

    /**
     * Introspections the contract leaves out, asked here past its check: from a page elsewhere, of another content
     * type, with a query string, waiting for {@code 100 Continue}, and with a body sent in chunks of unannounced
     * length. The pipeline answers each; the fast path takes none.
     */
    @Test
    void introspectionsBeyondTheContractAreLeftToThePipeline() throws Exception {
        byte[] form = ("token=" + fullAccess).getBytes(StandardCharsets.US_ASCII);
        for (WebAdapterServer server : List.of(servers.fast(), servers.reference())) {
            String base = "http://127.0.0.1:" + server.context().getBean(EmbeddedServer.class).getPort();
            List<HttpRequest> requests = List.of(
                    introspection(base + INTROSPECT).header("Origin", "https://elsewhere.example")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(form)).build(),
                    introspection(base + INTROSPECT).setHeader("Content-Type", "text/plain")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(form)).build(),
                    introspection(base + INTROSPECT + "?token_type_hint=access_token")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(form)).build(),
                    introspection(base + INTROSPECT).expectContinue(true)
                            .POST(HttpRequest.BodyPublishers.ofByteArray(form)).build(),
                    introspection(base + INTROSPECT).POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(form))).build());
            List<Integer> expected = List.of(403, 415, 200, 200, 200);
            for (int i = 0; i < requests.size(); i++) {
                double before = servers.fastAnswers(server);
                HttpResponse<String> answer = HttpClient.newHttpClient().send(requests.get(i),
                        HttpResponse.BodyHandlers.ofString());

                assertThat(answer.statusCode()).as(requests.get(i).headers().map().toString())
                        .isEqualTo(expected.get(i));
                assertThat(servers.fastAnswers(server)).isEqualTo(before);
            }
        }
    }

    /**
     * A body that comes in parts, in several reads, is read whole before it is judged; and on one connection, fast
     * answers and the pipeline's come back in the order asked, a body the fast path read and handed on included.
     */
    @Test
    void aBodyIsReadWholeAndAnswersShareAConnectionInTheOrderAsked() throws Exception {
        int port = servers.fast().context().getBean(EmbeddedServer.class).getPort();
        double before = servers.fastAnswers(servers.fast());
        try (Socket socket = RawHttp.connect(port)) {
            String body = "token=" + fullAccess;
            String head = request(body.length());
            OutputStream out = socket.getOutputStream();
            for (String part : List.of(head, body.substring(0, 9), body.substring(9))) {
                out.write(part.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                Thread.sleep(50);
            }
            RawHttp.Answer answer = RawHttp.read(socket, 1).get(0);

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).contains("\"active\":true");
            assertThat(answer.headers()).containsEntry("cache-control", "no-store");
        }
        assertThat(servers.fastAnswers(servers.fast()) - before).isEqualTo(1.0);

        try (Socket socket = RawHttp.connect(port)) {
            RawHttp.send(socket, request(100) + "token=" + fullAccess); // and gone, the body unfinished
        }

        String remembered = request("token=".length() + fullAccess.length()) + "token=" + fullAccess;
        String unknown = unknownToken();
        String lookedUp = request("token=".length() + unknown.length()) + "token=" + unknown;
        String refused = request("token=".length()) + "token=";
        try (Socket socket = RawHttp.connect(port)) {
            RawHttp.send(socket, remembered + lookedUp + remembered + refused + remembered);
            List<RawHttp.Answer> answers = RawHttp.read(socket, 5);

            assertThat(RawHttp.statuses(answers)).containsExactly(200, 200, 200, 400, 200);
            assertThat(answers.get(1).body()).isEqualTo("{\"active\":false}");
            assertThat(answers.get(4).body()).contains("\"active\":true");
        }
    }

    private static String request(int contentLength) {
        return "POST " + INTROSPECT + " HTTP/1.1\r\nHost: test\r\nAuthorization: " + GATEWAY
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + contentLength + "\r\n\r\n";
    }

    private static HttpRequest.Builder introspection(String uri) {
        return HttpRequest.newBuilder(URI.create(uri)).header("Authorization", GATEWAY)
                .header("Content-Type", "application/x-www-form-urlencoded");
    }

    private static void assertTheSame(boolean taken, String form) {
        assertTheSame(taken, form, GATEWAY, Map.of());
    }

    private static void assertTheSame(boolean taken, String form, Map<String, String> headers) {
        assertTheSame(taken, form, GATEWAY, headers);
    }

    private static void assertTheSame(boolean taken, String form, String authorization, Map<String, String> headers) {
        String described = form.replaceAll("(sct_.{4})[A-Za-z0-9]+", "$1…")
                + (authorization == GATEWAY ? "" : " as " + authorization) + " " + headers;
        servers.assertTheSame(taken, described, client -> client.postForm(INTROSPECT, authorization, form, headers));
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** A well-formed secret of no token: the first introspection of it must ask the store. */
    private static String unknownToken() {
        return TokenSecret.generate(bound -> ThreadLocalRandom.current().nextInt(bound)).reveal();
    }
}
