package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.sellercenter.accesstokens.adapter.web.http.FastRoute;
import io.sellercenter.accesstokens.adapter.web.http.KeptAnswers;
import io.sellercenter.accesstokens.adapter.web.http.Origins;
import io.sellercenter.accesstokens.application.port.in.authentication.AuthenticateAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenCheck;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenPresentation;
import io.sellercenter.accesstokens.application.port.in.platform.GetSellerUseCase;
import io.sellercenter.accesstokens.domain.account.Seller;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/v1/me} with an access token this node remembers, the call an integration makes most, answered as
 * {@link MeController} answers it, with the token's headers of {@link AccessTokenExpiryHeaderFilter}. Only when
 * nothing else is to decide: the token is cached, active and usable from the client's address, and its seller is in
 * memory. Anything else goes on to Micronaut's pipeline and its security filter, which refuses, authenticates sessions
 * and asks the database: an unknown, malformed, expired, revoked or misplaced token, and a session (a request with a
 * cookie, the page's, never reaches a fast route). Not taken at all while the operator has security rules of their own
 * that may apply to it ({@link FastRoute#answersPastOperatorRules()}).
 */
@Singleton
class MeFastRoute implements FastRoute {
    static final String PATH = "/api/v1/me";

    private final AuthenticateAccessTokenUseCase authenticate;
    private final GetSellerUseCase sellers;
    private final Origins origins;
    private final AuthenticationMetrics metrics;
    private final JsonMapper json;
    private final KeptAnswers answers = new KeptAnswers();

    MeFastRoute(AuthenticateAccessTokenUseCase authenticate, GetSellerUseCase sellers, Origins origins,
                AuthenticationMetrics metrics, JsonMapper json) {
        this.authenticate = authenticate;
        this.sellers = sellers;
        this.origins = origins;
        this.metrics = metrics;
        this.json = json;
    }

    @Override
    public String path() {
        return PATH;
    }

    @Override
    public @Nullable FastAnswer answer(HttpRequest request, String body, InetSocketAddress peer) {
        long start = System.nanoTime();
        HttpHeaders headers = request.headers();
        Optional<String> presented = AccessTokenAuthenticationFetcher.presentedToken(
                headers.get(HttpHeaderNames.AUTHORIZATION));
        if (presented.isEmpty()) {
            return null;
        }
        TokenPresentation presentation = TokenPresentation.call(presented.get(), origins.of(peer,
                headers.getAll(Origins.FORWARDED_FOR), headers.get(HttpHeaderNames.USER_AGENT)));
        Optional<TokenCheck.Valid> accepted = authenticate.acceptWithoutIo(presentation);
        if (accepted.isEmpty()) {
            return null;
        }
        AccessToken token = accepted.get().token();
        Optional<Seller> seller = sellers.getWithoutIo(token.sellerId());
        if (seller.isEmpty()) {
            return null;
        }
        FastAnswer answer;
        try {
            answer = answers.answer(token, seller.get(), () -> answerAbout(Caller.Token.of(token), seller.get()));
        } catch (IOException e) {
            return null; // the pipeline writes it, or fails, and counts the call once
        }
        metrics.authentication(accepted.get(), start);
        return answer;
    }

    /** The answer to a call with {@code token} of {@code seller}'s: its body and its token's headers. */
    private FastAnswer answerAbout(Caller.Token token, Seller seller) throws IOException {
        Map<String, String> headers = new HashMap<>(4);
        AccessTokenExpiryHeaderFilter.addTo(token, headers::put);
        return new FastAnswer(json.writeValueAsBytes(TokenCaller.of(token, seller.name().text())), Map.copyOf(headers));
    }
}
