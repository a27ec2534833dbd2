package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.runtime.server.EmbeddedServer;
import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.adapter.web.testsupport.FastPathComparison;
import io.sellercenter.accesstokens.adapter.web.testsupport.InMemoryApplication;
import io.sellercenter.accesstokens.adapter.web.testsupport.RawHttp;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /me} with a remembered token is answered ahead of Micronaut's pipeline, and nothing tells the two apart: one
 * application behind two servers, the fast path on (the default) and off, asked the same, answer the same, status,
 * headers (but for the date and a fresh request id), body, audit trail and log line; and every call the fast path
 * does not take reaches the pipeline, which decides it.
 */
class MeFastRouteTest {
    private static final String INSIDE = "198.51.100.7";
    private static final String OUTSIDE = "203.0.113.9";
    private static final InMemoryApplication APPLICATION = new InMemoryApplication();
    private static FastPathComparison servers;
    private static WebAdapterServer fast;
    private static WebAdapterServer reference;
    private static String fullAccess;
    private static String fenced;
    private static String revoked;
    /** The seller admin's session, as an {@code Authorization} value. */
    private static String session;

    @BeforeAll
    static void start() {
        // One session secret, as nodes of one service share it, so that a session is good on both.
        String secret = "fast-route-test-session-secret-0123456789";
        servers = new FastPathComparison(APPLICATION, MeFastRoute.PATH, Map.of("access-tokens.jwt.secret", secret));
        fast = servers.fast();
        reference = servers.reference();
        InMemoryApplication.SellerUsers seller = APPLICATION.newSeller("Fast \"Lane\" Ltd");
        ApiClient api = reference.client();
        session = api.signIn(seller.adminEmail(), InMemoryApplication.PASSWORD);
        String validUntil = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        fullAccess = api.post("/api/v1/access-tokens", session, "{\"validUntil\":\"" + validUntil + "\"}")
                .text("token");
        fenced = api.post("/api/v1/access-tokens", session, "{\"validUntil\":\"" + validUntil
                        + "\",\"scopes\":[\"orders:read\",\"stock:write\"],\"allowedIps\":[\"198.51.100.0/24\"]}")
                .text("token");
        ApiClient.Reply toRevoke = api.post("/api/v1/access-tokens", session,
                "{\"validUntil\":\"" + validUntil + "\"}");
        revoked = toRevoke.text("token");
        api.post("/api/v1/access-tokens/" + toRevoke.text("id") + "/revoke", session, "");
        // Each token's first call asks the store; from then on it is remembered, as on a busy node.
        for (String token : List.of(fullAccess, fenced, revoked)) {
            api.from(INSIDE).get("/api/v1/me", "Bearer " + token);
        }
    }

    @AfterAll
    static void stop() {
        servers.close();
    }

    @Test
    void aRememberedTokensCallIsAnsweredAheadOfThePipelineExactlyAsThePipelineAnswersIt() {
        assertTheSame(true, Call.of("Bearer " + fullAccess));
        assertTheSame(true, Call.of("Token " + fullAccess));
        assertTheSame(true, Call.of(fullAccess));
        assertTheSame(true, Call.of("Bearer " + fenced).from(INSIDE));
        assertTheSame(true, Call.of("Bearer " + fullAccess).with("X-Request-Id", "integration-run-7"));
        assertTheSame(true, Call.of("Bearer " + fullAccess).with("Accept", "application/json"));
        assertTheSame(true, Call.of("Bearer " + fullAccess).with("Accept", "*/*"));
    }

    @Test
    void everyOtherCallIsLeftToThePipelineWhichDecidesItAsWithoutTheFastPath() {
        assertTheSame(false, Call.of("Bearer " + fenced).from(OUTSIDE));
        assertTheSame(false, Call.of("Bearer " + revoked));
        assertTheSame(false, Call.of("Bearer " + fullAccess.substring(0, 39) + "x"));
        assertTheSame(false, Call.of("Bearer sct_000000000000000000000000000000000000"));
        assertTheSame(false, Call.of(null));
        assertTheSame(false, Call.of(session));
        assertThat(fast.client().get("/api/v1/me", session).status()).as("a session, good on both").isEqualTo(200);
        assertTheSame(false, Call.of("Bearer " + fullAccess).with("Accept", "application/json, text/plain"));
        assertTheSame(false, Call.of("Bearer " + fullAccess).with("Cookie", "theme=dark"));
    }

    /**
     * Calls the contract leaves out, asked here past its check: one that takes no JSON (Micronaut refuses it, 406),
     * one from a page elsewhere (403), which the fast path must not answer 200, and one with a query string.
     */
    @Test
    void callsBeyondTheContractAreLeftToThePipeline() throws Exception {
        List<List<String>> calls = List.of(List.of("/api/v1/me", "Accept", "text/html", "406"),
                List.of("/api/v1/me", "Origin", "https://elsewhere.example", "403"),
                List.of("/api/v1/me?fields=all", "Accept", "*/*", "200"));
        for (WebAdapterServer server : List.of(fast, reference)) {
            for (List<String> call : calls) {
                double before = servers.fastAnswers(server);
                HttpResponse<String> answer = pastTheContract(server, call.get(0), call.get(1), call.get(2));

                assertThat(answer.statusCode()).as(call.toString()).isEqualTo(Integer.parseInt(call.get(3)));
                assertThat(servers.fastAnswers(server)).isEqualTo(before);
            }
        }
    }

    /** An operator's own rules (addresses, URL patterns) may refuse what the route allows: the filter holds to them. */
    @Test
    void withSecurityRulesOfTheOperatorsOwnEveryCallGoesThroughTheFilter() throws Exception {
        try (WebAdapterServer guarded = WebAdapterServer.start(APPLICATION,
                Map.of("micronaut.security.ip-patterns", "192.0.2.*"))) {
            double before = servers.fastAnswers(guarded);

            assertThat(pastTheContract(guarded, "/api/v1/me", "Accept", "*/*").statusCode()).isEqualTo(403);
            assertThat(servers.fastAnswers(guarded)).isEqualTo(before);
        }
    }

    /** HTTP/1 answers in the order asked: a fast answer never overtakes one the pipeline is still working on. */
    @Test
    void fastAndPipelineAnswersShareAConnectionInTheOrderAsked() throws IOException {
        String remembered = "GET /api/v1/me HTTP/1.1\r\nHost: test\r\nAuthorization: Bearer " + fullAccess + "\r\n\r\n";
        String unknown = "GET /api/v1/me HTTP/1.1\r\nHost: test\r\n"
                + "Authorization: Bearer sct_000000000000000000000000000000000000\r\n\r\n";
        String listing = "GET /api/v1/access-tokens HTTP/1.1\r\nHost: test\r\nAuthorization: " + session + "\r\n\r\n";
        double before = servers.fastAnswers(fast);
        try (Socket socket = RawHttp.connect(fast.context().getBean(EmbeddedServer.class).getPort())) {
            RawHttp.send(socket, remembered + unknown + remembered + listing + remembered + remembered);

            assertThat(RawHttp.statuses(RawHttp.read(socket, 6))).containsExactly(200, 401, 200, 200, 200, 200);
        }
        // The first is taken at once; the others behind an answer still on its way go to the pipeline.
        assertThat(servers.fastAnswers(fast) - before).isBetween(1.0, 4.0);
    }

    /** {@code GET path} with the full-access token and one more header, unchecked by the contract. */
    private static HttpResponse<String> pastTheContract(WebAdapterServer server, String path, String header,
                                                        String value) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                        + server.context().getBean(EmbeddedServer.class).getPort() + path))
                .header("Authorization", "Bearer " + fullAccess).header(header, value).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Asks both servers the same and compares; {@code taken}: whether the fast path answers it. */
    private static void assertTheSame(boolean taken, Call call) {
        servers.assertTheSame(taken, call.toString(), client -> (call.from() == null ? client
                : client.from(call.from())).get(call.path(), call.authorization(), call.headers()));
    }

    private record Call(String path, String authorization, String from, Map<String, String> headers) {
        static Call of(String authorization) {
            return new Call("/api/v1/me", authorization, null, Map.of());
        }

        Call from(String clientIp) {
            return new Call(path, authorization, clientIp, headers);
        }

        Call with(String name, String value) {
            Map<String, String> more = new HashMap<>(headers);
            more.put(name, value);
            return new Call(path, authorization, from, Map.copyOf(more));
        }

        @Override
        public String toString() {
            String credential = authorization == null ? "none"
                    : authorization.replaceAll("(sct_.{4})[A-Za-z0-9]+", "$1…").replaceAll("(ey.{4})[^ ]+", "$1…");
            return path + " with " + credential + (from == null ? "" : " from " + from) + " " + headers;
        }
    }
}
