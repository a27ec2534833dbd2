package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.sellercenter.accesstokens.adapter.web.testsupport.InMemoryApplication;
import io.sellercenter.accesstokens.adapter.web.testsupport.WebAdapterServer;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filter that takes micronaut-security's place decides as micronaut-security would, whether the answers it gets
 * are there at once or come later: a rule that answers from another thread, a session checked on the blocking pool.
 */
class EventLoopSecurityFilterTest {
    private static final String VERDICT = "X-Test-Verdict";
    private static WebAdapterServer server;
    private static String session;
    private static String token;

    /** An endpoint for signed-in callers, for this test only. */
    @Controller("/test-security")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Requires(property = "event-loop-security-test", value = "on")
    static class GuardedController {
        @Get
        String guarded() {
            return "guarded";
        }
    }

    /** Allows or rejects as the request's header says, later and from another thread, ahead of the role rules. */
    @Singleton
    @Requires(property = "event-loop-security-test", value = "on")
    static class LateRule implements SecurityRule<io.micronaut.http.HttpRequest<?>> {
        @Override
        public Publisher<SecurityRuleResult> check(io.micronaut.http.HttpRequest<?> request,
                                                   @Nullable Authentication authentication) {
            String verdict = request.getHeaders().get(VERDICT);
            SecurityRuleResult result = verdict == null ? SecurityRuleResult.UNKNOWN
                    : SecurityRuleResult.valueOf(verdict);
            return Mono.delay(Duration.ofMillis(5), Schedulers.parallel()).map(waited -> result);
        }

        @Override
        public int getOrder() {
            return SecuredAnnotationRule.ORDER - 200;
        }
    }

    @BeforeAll
    static void start() {
        server = WebAdapterServer.start(Map.of("event-loop-security-test", "on"));
        InMemoryApplication.SellerUsers seller = server.application().newSeller("Guarded Co");
        session = server.client().signIn(seller.adminEmail(), InMemoryApplication.PASSWORD);
        String validUntil = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        token = "Bearer " + server.client().post("/api/v1/access-tokens", session,
                "{\"validUntil\":\"" + validUntil + "\"}").text("token");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void itTakesThePlaceOfMicronautSecuritysFilter() {
        assertThat(server.context().getBeansOfType(SecurityFilter.class)).isEmpty();
        assertThat(server.context().getBeansOfType(EventLoopSecurityFilter.class)).hasSize(1);
    }

    @Test
    void aRuleThatAnswersLaterDecidesAsItSays() throws Exception {
        assertThat(call(null, "ALLOWED").statusCode()).isEqualTo(200);
        assertThat(call(token, "ALLOWED").statusCode()).isEqualTo(200);
        assertThat(call(null, "REJECTED").statusCode()).as("no caller").isEqualTo(401);
        assertThat(call(token, "REJECTED").statusCode()).as("a caller").isEqualTo(403);
        assertThat(call(session, "REJECTED").statusCode()).as("a caller").isEqualTo(403);
    }

    @Test
    void whenALateRuleHasNoOpinionTheNextRulesDecide() throws Exception {
        HttpResponse<String> anonymous = call(null, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(call(token, null).body()).isEqualTo("guarded");
        assertThat(call(session, null).body()).as("a session, checked later").isEqualTo("guarded");
        assertThat(call("Bearer sct_madeup", null).statusCode()).isEqualTo(401);
    }

    @Test
    void aPathNoRouteServesIsNotFoundForAnyone() throws Exception {
        HttpResponse<String> missing = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base() + "/no-such-thing")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).isEqualTo(404);
    }

    /** Straight over HTTP: this test endpoint is not part of the published contract the API client holds to. */
    private static HttpResponse<String> call(@Nullable String authorization, @Nullable String verdict)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "/test-security"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (verdict != null) {
            request.header(VERDICT, verdict);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String base() {
        return "http://localhost:" + server.context().getBean(EmbeddedServer.class).getPort();
    }
}
