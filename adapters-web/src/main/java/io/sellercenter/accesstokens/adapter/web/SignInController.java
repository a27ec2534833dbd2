package io.sellercenter.accesstokens.adapter.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.sellercenter.accesstokens.application.port.in.SignInCommand;
import io.sellercenter.accesstokens.application.port.in.SignInUseCase;
import io.sellercenter.accesstokens.application.port.in.SignedInUser;
import io.sellercenter.accesstokens.domain.InvalidInput;

import java.time.Duration;
import java.util.Optional;

/**
 * Sign-in with e-mail and password; the session is a signed JWT, handed over as JSON for API clients
 * ({@code /login}) or as an HttpOnly, SameSite=Strict cookie for the browser ({@code /session}). Unknown e-mail and
 * wrong password look alike.
 */
@Tag(name = "Sign-in")
@Controller("/api/v1/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SignInController {
    private final SignInUseCase signIn;
    private final AccessRefreshTokenGenerator sessions;
    private final String cookieName;
    private final boolean cookieSecure;

    SignInController(SignInUseCase signIn, AccessRefreshTokenGenerator sessions,
                     @Value("${micronaut.security.token.cookie.cookie-name}") String cookieName,
                     @Value("${access-tokens.session.cookie-secure:false}") boolean cookieSecure) {
        this.signIn = signIn;
        this.sessions = sessions;
        this.cookieName = cookieName;
        this.cookieSecure = cookieSecure;
    }

    @Operation(operationId = "signIn", summary = "Sign in and get a session JWT")
    @ApiResponse(responseCode = "200", description = "The session",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = LoginResponse.class)))
    @ApiResponse(responseCode = "400", description = "Invalid input",
            content = @Content(mediaType = ApiDefinition.PROBLEM,
                    schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Not authenticated",
            content = @Content(mediaType = ApiDefinition.PROBLEM,
                    schema = @Schema(implementation = Problem.class)))
    @Post("/login")
    MutableHttpResponse<?> login(@Body LoginRequest body, HttpRequest<?> request) {
        return session(body, request)
                .<MutableHttpResponse<?>>map(session -> HttpResponse.ok(new LoginResponse(
                                session.token().getAccessToken(), "Bearer", session.token().getExpiresIn()))
                        .header(HttpHeaders.CACHE_CONTROL, "no-store"))
                .orElseGet(SignInController::refused);
    }

    @Operation(operationId = "startBrowserSession", summary = "Sign in with a session cookie (the browser)")
    @ApiResponse(responseCode = "200", description = "The user; the session is in the cookie",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = MeController.SessionCaller.class)))
    @ApiResponse(responseCode = "400", description = "Invalid input",
            content = @Content(mediaType = ApiDefinition.PROBLEM,
                    schema = @Schema(implementation = Problem.class)))
    @ApiResponse(responseCode = "401", description = "Not authenticated",
            content = @Content(mediaType = ApiDefinition.PROBLEM,
                    schema = @Schema(implementation = Problem.class)))
    @Post("/session")
    MutableHttpResponse<?> startBrowserSession(@Body LoginRequest body, HttpRequest<?> request) {
        return session(body, request)
                .<MutableHttpResponse<?>>map(session -> HttpResponse.ok(MeController.SessionCaller.of(session.user()))
                        .cookie(cookie(session.token().getAccessToken(),
                                Duration.ofSeconds(session.token().getExpiresIn())))
                        .header(HttpHeaders.CACHE_CONTROL, "no-store"))
                .orElseGet(SignInController::refused);
    }

    @Operation(operationId = "endBrowserSession", summary = "Sign out (clears the session cookie)")
    @ApiResponse(responseCode = "204", description = "Signed out")
    @Delete("/session")
    MutableHttpResponse<?> endBrowserSession() {
        return HttpResponse.noContent().cookie(cookie("", Duration.ZERO));
    }

    private Optional<Session> session(LoginRequest body, HttpRequest<?> request) {
        if (body.username() == null || body.username().isBlank()) {
            throw new InvalidInput("username", "is required");
        }
        if (body.password() == null || body.password().isEmpty()) {
            throw new InvalidInput("password", "is required");
        }
        return signIn.signIn(new SignInCommand(body.username(), body.password(), Origins.of(request)))
                .flatMap(user -> sessions.generate(Principals.session(user)).map(token -> new Session(user, token)));
    }

    private Cookie cookie(String value, Duration maxAge) {
        return Cookie.of(cookieName, value).httpOnly(true).sameSite(SameSite.Strict).secure(cookieSecure).path("/")
                .maxAge(maxAge);
    }

    private static MutableHttpResponse<?> refused() {
        return Problems.unauthorized("Unknown e-mail or wrong password.")
                .header(HttpHeaders.WWW_AUTHENTICATE, AuthorizationProblemHandler.CHALLENGE);
    }

    private record Session(SignedInUser user, AccessRefreshToken token) {
    }
}
