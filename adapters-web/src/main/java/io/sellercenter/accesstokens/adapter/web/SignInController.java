package io.sellercenter.accesstokens.adapter.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.sellercenter.accesstokens.application.port.in.SignInCommand;
import io.sellercenter.accesstokens.application.port.in.SignInUseCase;
import io.sellercenter.accesstokens.domain.InvalidInput;

/** Sign-in with e-mail and password; the answer is a session JWT. Unknown e-mail and wrong password look alike. */
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInController {
    private final SignInUseCase signIn;
    private final AccessRefreshTokenGenerator sessions;

    SignInController(SignInUseCase signIn, AccessRefreshTokenGenerator sessions) {
        this.signIn = signIn;
        this.sessions = sessions;
    }

    @Post("/login")
    MutableHttpResponse<?> login(@Body LoginRequest body) {
        if (body.username() == null || body.username().isBlank()) {
            throw new InvalidInput("username", "is required");
        }
        if (body.password() == null || body.password().isEmpty()) {
            throw new InvalidInput("password", "is required");
        }
        return signIn.signIn(new SignInCommand(body.username(), body.password()))
                .flatMap(user -> sessions.generate(Principals.session(user)))
                .<MutableHttpResponse<?>>map(session -> HttpResponse.ok(toResponse(session))
                        .header(HttpHeaders.CACHE_CONTROL, "no-store"))
                .orElseGet(() -> Problems.unauthorized("Unknown e-mail or wrong password.")
                        .header(HttpHeaders.WWW_AUTHENTICATE, AuthorizationProblemHandler.CHALLENGE));
    }

    private static LoginResponse toResponse(AccessRefreshToken session) {
        return new LoginResponse(session.getAccessToken(), "Bearer", session.getExpiresIn());
    }
}
