package io.sellercenter.accesstokens.adapter.web.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpMethod;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.config.InterceptUrlMapPattern;
import io.micronaut.security.config.SecurityConfigurationProperties;
import io.netty.handler.codec.http.HttpRequest;
import io.sellercenter.accesstokens.adapter.web.testsupport.RawHttp;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What makes the fast paths leave a request to Micronaut: settings of the operator's own, a route's bad answer. */
class FastPathsTest {
    private static final String PATH = "/api/v1/me";

    /** A route whose answer would carry a header value no header may have, for this test only. */
    @Singleton
    @Requires(property = "fast-paths-test", value = "on")
    static class SplittingRoute implements FastRoute {
        static final String SPLITTING_PATH = "/test/splitting";

        @Override
        public String path() {
            return SPLITTING_PATH;
        }

        @Override
        public FastAnswer answer(HttpRequest request, String body, InetSocketAddress peer) {
            return new FastAnswer("{}".getBytes(StandardCharsets.UTF_8),
                    Map.of("X-Echo", "text\r\nSet-Cookie: planted=1"));
        }
    }

    @Test
    void anAnswerWithAHeaderValueNoHeaderMayHaveIsLeftToThePipeline() throws IOException {
        try (WebAdapterServer server = WebAdapterServer.start(Map.of("fast-paths-test", "on"));
             Socket socket = RawHttp.connect(server.context().getBean(EmbeddedServer.class).getPort())) {
            RawHttp.send(socket, "GET " + SplittingRoute.SPLITTING_PATH + " HTTP/1.1\r\nHost: test\r\n\r\n");
            RawHttp.Answer answer = RawHttp.read(socket, 1).get(0);
            assertThat(answer.status()).as("no controller has the path").isEqualTo(404);
            assertThat(answer.headers()).doesNotContainKeys("x-echo", "set-cookie");
        }
    }

    @Test
    void anAddressPatternOrAnInterceptUrlRuleMatchingThePathIsARuleOfTheOperatorsOwn() {
        SecurityConfigurationProperties security = new SecurityConfigurationProperties();
        assertThat(FastPaths.noOperatorRuleFor(PATH, security)).as("the defaults").isTrue();

        security.setInterceptUrlMap(List.of(new InterceptUrlMapPattern("/assets/**", List.of("isAnonymous()"),
                HttpMethod.GET)));
        assertThat(FastPaths.noOperatorRuleFor(PATH, security)).as("a rule for other paths").isTrue();

        security.setInterceptUrlMap(List.of(new InterceptUrlMapPattern("/api/**", List.of("ROLE_AUDITOR"),
                HttpMethod.POST)));
        assertThat(FastPaths.noOperatorRuleFor(PATH, security)).as("a rule for the path, any method").isFalse();

        security.setInterceptUrlMap(List.of());
        security.setIpPatterns(List.of("192.0.2.*"));
        assertThat(FastPaths.noOperatorRuleFor(PATH, security)).as("address patterns").isFalse();
    }
}
