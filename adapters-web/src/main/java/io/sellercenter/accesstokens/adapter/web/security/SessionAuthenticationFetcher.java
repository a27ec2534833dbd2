package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpHostResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.event.TokenValidatedEvent;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import io.micronaut.security.token.reader.TokenResolver;
import io.micronaut.security.token.validator.TokenValidator;
import io.sellercenter.accesstokens.adapter.web.http.BlockingPool;
import io.sellercenter.accesstokens.application.port.in.signin.CheckSessionUseCase;
import io.sellercenter.accesstokens.domain.account.SessionId;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Optional;

/**
 * micronaut-security's reader of session JWTs (from the header or the cookie), which also leaves out a session that
 * has been signed out on whichever node, though its JWT is still valid: the request is then as if it had no session,
 * and the usual rules answer it (401 where a session is needed). The answer comes from memory on the event loop
 * whenever this node has heard of every sign-out, and from the database on the {@link BlockingPool} when it cannot be
 * sure. A session without an id cannot be ended, so it is not accepted.
 */
@Singleton
@Replaces(TokenAuthenticationFetcher.class)
class SessionAuthenticationFetcher extends TokenAuthenticationFetcher {
    private final CheckSessionUseCase sessions;
    private final SessionCookie cookie;
    private final BlockingPool blocking;

    SessionAuthenticationFetcher(List<TokenValidator<HttpRequest<?>>> validators,
                                 TokenResolver<HttpRequest<?>> resolver,
                                 ApplicationEventPublisher<TokenValidatedEvent> events, HttpHostResolver hosts,
                                 HttpLocaleResolver locales, CheckSessionUseCase sessions, SessionCookie cookie,
                                 BlockingPool blocking) {
        super(validators, resolver, events, hosts, locales);
        this.sessions = sessions;
        this.cookie = cookie;
        this.blocking = blocking;
    }

    @Override
    public Publisher<Authentication> fetchAuthentication(HttpRequest<?> request) {
        if (cannotCarryASession(request)) {
            return Mono.empty();
        }
        return Flux.from(super.fetchAuthentication(request)).concatMap(this::unlessEnded);
    }

    /**
     * No session cookie, and no {@code Authorization} header or one that is no JWT (it has no dots): an access token,
     * most likely, which the JWT parser would only fail on, at the cost of an exception, on every token-authenticated
     * call. Answered at once, so that such a request is decided on the spot (see {@link EventLoopSecurityFilter}).
     */
    private boolean cannotCarryASession(HttpRequest<?> request) {
        String authorization = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        return (authorization == null || authorization.indexOf('.') < 0) && cookie.findToken(request).isEmpty();
    }

    private Mono<Authentication> unlessEnded(Authentication caller) {
        if (!CallerClaims.isSession(caller)) {
            return Mono.just(caller);
        }
        Optional<SessionId> session = CallerClaims.sessionId(caller);
        if (session.isEmpty()) {
            return Mono.empty();
        }
        Optional<Boolean> known = sessions.isEndedWithoutIo(session.get());
        Mono<Boolean> ended = known.map(Mono::just).orElseGet(() -> Mono.fromFuture(
                () -> blocking.supply(() -> sessions.isEnded(session.get()))));
        return ended.flatMap(isEnded -> isEnded ? Mono.empty() : Mono.just(caller));
    }
}
