package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.sellercenter.accesstokens.adapter.web.problem.ProblemType;
import io.sellercenter.accesstokens.adapter.web.problem.Problems;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * 401 when the caller is not authenticated, 403 when they are but may not do this; both as problem details. A 401
 * carries the RFC 6750 challenge, with {@code error="invalid_token"} when credentials were sent but not accepted; a
 * 403 for a token that lacks a {@link RequiresScope} scope, with {@code error="insufficient_scope"} and the scope.
 */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class AuthorizationProblemHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {
    public static final String CHALLENGE = "Bearer realm=\"access-tokens\"";
    static final String INVALID_TOKEN_CHALLENGE = CHALLENGE + ", error=\"invalid_token\"";

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        return refused(request, exception.getAuthentication());
    }

    /**
     * The answer to a request the security rules rejected: 403 for {@code caller} when there is one, else 401. The
     * security filter answers with it directly, which saves a quarter of a refusal's CPU over throwing an
     * {@link AuthorizationException} (that reaches this handler too, through {@code ExceptionHandlers}).
     */
    MutableHttpResponse<?> refused(HttpRequest<?> request, @Nullable Authentication caller) {
        boolean forbidden = caller != null;
        Optional<String> insufficientScope = request.getAttribute(RequiresScopeRule.INSUFFICIENT_SCOPE, String.class);
        if (forbidden && insufficientScope.isPresent()) {
            return Problems.of(ProblemType.INSUFFICIENT_SCOPE, "This token may not do this: it needs the scope "
                            + insufficientScope.get() + ".")
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE + ", error=\"insufficient_scope\", scope=\""
                            + insufficientScope.get() + "\"");
        }
        if (forbidden) {
            boolean accessToken = Caller.of(caller) instanceof Caller.Token;
            return Problems.of(ProblemType.FORBIDDEN, accessToken
                    ? "An access token cannot do this: sign in as a seller admin."
                    : "Your role does not allow this. Only seller admins can manage access tokens.");
        }
        boolean credentialsSent = request.getHeaders().contains(HttpHeaders.AUTHORIZATION);
        if (credentialsSent) {
            return Problems.of(ProblemType.UNAUTHORIZED, "The credentials are malformed, unknown, expired or revoked.")
                    .header(HttpHeaders.WWW_AUTHENTICATE, INVALID_TOKEN_CHALLENGE);
        }
        return Problems.of(ProblemType.UNAUTHORIZED, "Sign in, or send an access token in the Authorization header.")
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
    }
}
