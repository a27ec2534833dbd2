package io.sellercenter.accesstokens.adapter.web.security;

import io.sellercenter.accesstokens.adapter.web.testsupport.ApiClient;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile credentials, drawn by the thousand: made-up schemes, near-tokens, JWT-looking strings, Basic, cookies. Every
 * one is answered as the contract says (the client checks), with a 401 (or a 429 once a client has had too many
 * refused): never a 5xx, never a caller.
 */
class AuthorizationHeaderFuzzTest {
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final String VISIBLE = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ " + BASE62;
    private static WebAdapterServer server;
    private static ApiClient api;

    @BeforeContainer
    static void start() {
        server = WebAdapterServer.start(Map.of("access-tokens.rate-limits.refused-tokens-per-minute", 0));
        api = server.client();
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @Property(tries = 1500)
    void noCredentialIsEverAServerErrorOrACaller(@ForAll("authorization") String authorization,
                                                 @ForAll("cookie") String cookie) {
        Map<String, String> headers = cookie.isEmpty() ? Map.of() : Map.of("Cookie", cookie);

        ApiClient.Reply reply = api.get("/api/v1/me", authorization.isEmpty() ? null : authorization, headers);

        assertThat(reply.status()).as(authorization + " / " + cookie).isEqualTo(401);
    }

    @Provide
    Arbitrary<String> authorization() {
        Arbitrary<String> scheme = Arbitraries.of("", "Bearer ", "bearer ", "BEARER  ", "Token ", "Basic ", "Digest ",
                "Bearer\t", " ", "sct_");
        Arbitrary<String> credential = Arbitraries.oneOf(
                Arbitraries.strings().withChars(VISIBLE).ofMaxLength(120),
                Arbitraries.strings().withChars(BASE62).ofMinLength(30).ofMaxLength(40).map(s -> "sct_" + s),
                Arbitraries.strings().withChars(BASE62 + "-_").ofMinLength(1).ofMaxLength(60).list().ofMinSize(2)
                        .ofMaxSize(4).map(parts -> String.join(".", parts)),
                Arbitraries.strings().withChars(BASE62 + "+/=").ofMaxLength(60));
        return Combinators.combine(scheme, credential).as(String::concat).map(String::strip);
    }

    @Provide
    Arbitrary<String> cookie() {
        return Arbitraries.oneOf(
                Arbitraries.just(""),
                Arbitraries.strings().withChars(BASE62 + "-_.").ofMaxLength(200)
                        .map(value -> "__Host-access_tokens_session=" + value),
                Arbitraries.strings().withChars(BASE62 + "-_.").ofMaxLength(200)
                        .map(value -> "access_tokens_session=" + value));
    }
}
