package io.sellercenter.accesstokens.adapter.web.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.render.AccessRefreshToken;
import io.sellercenter.accesstokens.adapter.web.http.BlockingPool;
import io.sellercenter.accesstokens.adapter.web.http.Origins;
import io.sellercenter.accesstokens.adapter.web.problem.ProblemResponses;
import io.sellercenter.accesstokens.adapter.web.problem.ProblemType;
import io.sellercenter.accesstokens.adapter.web.problem.Problems;
import io.sellercenter.accesstokens.adapter.web.problem.TryAgainLater;
import io.sellercenter.accesstokens.adapter.web.security.AuthorizationProblemHandler;
import io.sellercenter.accesstokens.adapter.web.security.Caller;
import io.sellercenter.accesstokens.adapter.web.security.CallerClaims;
import io.sellercenter.accesstokens.adapter.web.security.SessionCaller;
import io.sellercenter.accesstokens.adapter.web.security.SessionCookie;
import io.sellercenter.accesstokens.application.port.TemporarilyUnavailable;
import io.sellercenter.accesstokens.application.port.in.signin.SignInCommand;
import io.sellercenter.accesstokens.application.port.in.signin.SignInResult;
import io.sellercenter.accesstokens.application.port.in.signin.SignInUseCase;
import io.sellercenter.accesstokens.application.port.in.signin.SignOutCommand;
import io.sellercenter.accesstokens.application.port.in.signin.SignOutUseCase;
import io.sellercenter.accesstokens.domain.account.UserProfile;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.function.Function;

/**
 * Sign-in with e-mail and password; the session is a signed JWT, handed over as JSON for API clients
 * ({@code /login}) or as an HttpOnly, SameSite=Strict cookie for the browser ({@code /session}). Unknown e-mail and
 * wrong password look alike.
 */
@Tag(name = "Sign-in")
@ProblemResponses.TooManyRequests
@ProblemResponses.InternalError
@ProblemResponses.Unavailable
@Controller(SignInController.PATH)
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(BlockingPool.NAME)
class SignInController {
    static final String PATH = "/api/v1/auth";
    static final String LOGIN = "/login";
    static final String SESSION = "/session";
    private final SignInUseCase signIn;
    private final AccessRefreshTokenGenerator sessions;
    private final SignOutUseCase signOut;
    private final Origins origins;
    private final SessionCookie cookie;
    private final TryAgainLater answers;

    SignInController(SignInUseCase signIn, AccessRefreshTokenGenerator sessions, SignOutUseCase signOut,
                     Origins origins, SessionCookie cookie, TryAgainLater answers) {
        this.answers = answers;
        this.signIn = signIn;
        this.sessions = sessions;
        this.signOut = signOut;
        this.origins = origins;
        this.cookie = cookie;
    }

    @Operation(operationId = "signIn", summary = "Sign in and get a session JWT")
    @ApiResponse(responseCode = "200", description = "The session",
            headers = @Header(name = "Cache-Control", required = true, description = "`no-store`: it holds the session",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = LoginResponse.class)))
    @ProblemResponses.InvalidInput
    @ProblemResponses.NotAuthenticated
    @Post(LOGIN)
    MutableHttpResponse<?> login(@Body LoginRequest body, HttpRequest<?> request) {
        return signIn(body, request, session -> HttpResponse.ok(new LoginResponse(
                        session.token().getAccessToken(), "Bearer", session.token().getExpiresIn()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store"));
    }

    @Operation(operationId = "startBrowserSession", summary = "Sign in with a session cookie (the browser)")
    @ApiResponse(responseCode = "200", description = "The user; the session is in the cookie",
            headers = {@Header(name = "Set-Cookie", required = true,
                    description = "The session: an HttpOnly, SameSite=Strict cookie", schema = @Schema(type = "string")),
                    @Header(name = "Cache-Control", required = true, description = "`no-store`",
                            schema = @Schema(type = "string"))},
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = SessionCaller.class)))
    @ProblemResponses.InvalidInput
    @ProblemResponses.NotAuthenticated
    @Post(SESSION)
    MutableHttpResponse<?> startBrowserSession(@Body LoginRequest body, HttpRequest<?> request) {
        return signIn(body, request, session -> HttpResponse.ok(SessionCaller.of(session.user()))
                .cookie(cookie.holding(session.token().getAccessToken(),
                        Duration.ofSeconds(session.token().getExpiresIn())))
                .header(HttpHeaders.CACHE_CONTROL, "no-store"));
    }

    @Operation(operationId = "endBrowserSession", summary = "Sign out: end the session on every node",
            description = "Ends the session this request carries (the cookie's, or a session JWT from /login in "
                    + "the Authorization header): from then on it is refused everywhere, though it has not expired. "
                    + "Clears the cookie. Without a session, only clears the cookie.")
    @ApiResponse(responseCode = "204", description = "Signed out",
            headers = @Header(name = "Set-Cookie", required = true, description = "The session cookie, cleared",
                    schema = @Schema(type = "string")))
    @Delete("/session")
    MutableHttpResponse<?> endBrowserSession(@Nullable Authentication authentication, HttpRequest<?> request) {
        if (authentication != null) {
            CallerClaims.sessionId(authentication).ifPresent(session -> signOut.signOut(new SignOutCommand(session,
                    Caller.user(authentication).profile(),
                    CallerClaims.expiresAt(authentication).orElseGet(() -> Instant.now().plus(Duration.ofDays(1))),
                    origins.of(request))));
        }
        return HttpResponse.noContent().cookie(cookie.cleared());
    }

    private MutableHttpResponse<?> signIn(LoginRequest body, HttpRequest<?> request,
                                          Function<Session, MutableHttpResponse<?>> respond) {
        if (body.username() == null || body.username().isBlank()) {
            throw new InvalidInput("username", "is required");
        }
        if (body.password() == null || body.password().isEmpty()) {
            throw new InvalidInput("password", "is required");
        }
        SignInResult result;
        try {
            result = signIn.signIn(new SignInCommand(body.username(), body.password(), origins.of(request)));
        } catch (TemporarilyUnavailable away) {
            return answers.unavailable(away, request);
        }
        if (result instanceof SignInResult.SignedIn signedIn) {
            return sessions.generate(CallerClaims.session(signedIn.user(), signedIn.session()))
                    .<MutableHttpResponse<?>>map(token -> respond.apply(new Session(signedIn.user(), token)))
                    .orElseGet(Problems::internalError);
        }
        if (result instanceof SignInResult.LockedOut lockedOut) {
            return lockedOut(lockedOut.until());
        }
        return refused();
    }

    /** Says when to try again in the body and in {@code Retry-After}: the same moment, rounded up to the second. */
    private static MutableHttpResponse<?> lockedOut(Instant until) {
        Instant retryAt = until.plusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        return Problems.of(ProblemType.SIGN_IN_LOCKED, "Sign-in with this e-mail is paused after too many failed attempts; try again after "
                        + retryAt + ".")
                .header(HttpHeaders.RETRY_AFTER,
                        DateTimeFormatter.RFC_1123_DATE_TIME.format(retryAt.atOffset(ZoneOffset.UTC)));
    }

    private static MutableHttpResponse<?> refused() {
        return Problems.of(ProblemType.UNAUTHORIZED, "Unknown e-mail or wrong password.")
                .header(HttpHeaders.WWW_AUTHENTICATE, AuthorizationProblemHandler.CHALLENGE);
    }

    private record Session(UserProfile user, AccessRefreshToken token) {
    }
}
