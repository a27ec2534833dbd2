package io.sellercenter.accesstokens.adapter.web.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each exception a route ends in is answered by its handler, the same on every call (the handler is found once), and
 * one no handler takes (an {@link Error}) by the plain 500 that tells nothing.
 */
class ExceptionHandlersTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static WebAdapterServer server;

    /** Routes that fail, for this test only. */
    @Controller("/test-failures")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Requires(property = "exception-handlers-test", value = "on")
    static class FailingController {
        @Get("/invalid")
        String invalid() {
            throw new InvalidInput("colour", "must be red or blue");
        }

        @Get("/state")
        String state() {
            throw new IllegalStateException("internal detail that must not be told");
        }

        @Get("/error")
        String error() {
            throw new AssertionError("internal detail that must not be told");
        }
    }

    @BeforeAll
    static void start() {
        server = WebAdapterServer.start(java.util.Map.of("exception-handlers-test", "on"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void eachExceptionIsAnsweredByItsHandlerEveryTime() throws Exception {
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> invalid = get("/test-failures/invalid");
            assertThat(invalid.statusCode()).isEqualTo(400);
            assertThat(invalid.body()).contains("validation-failed").contains("colour").contains("must be red or blue");

            HttpResponse<String> state = get("/test-failures/state");
            assertThat(state.statusCode()).isEqualTo(500);
            assertThat(state.body()).contains("internal-error").doesNotContain("internal detail");
        }
    }

    @Test
    void anErrorNoHandlerTakesIsAPlain500() throws Exception {
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> error = get("/test-failures/error");

            assertThat(error.statusCode()).isEqualTo(500);
            assertThat(error.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(error.body()).contains("internal-error").doesNotContain("internal detail");
        }
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + server.context().getBean(EmbeddedServer.class).getPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
