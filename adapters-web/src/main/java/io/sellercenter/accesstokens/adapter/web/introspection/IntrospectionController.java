package io.sellercenter.accesstokens.adapter.web.introspection;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.sellercenter.accesstokens.adapter.web.http.BlockingPool;
import io.sellercenter.accesstokens.adapter.web.problem.ProblemResponses;
import io.sellercenter.accesstokens.adapter.web.problem.ProblemType;
import io.sellercenter.accesstokens.adapter.web.problem.Problems;
import io.sellercenter.accesstokens.application.port.in.authentication.AuthenticateAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenCheck;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenPresentation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Token introspection (RFC 7662) for gateways and internal services, through the same checks, cache and revocations
 * as API calls. Anything but an active token is exactly {@code {"active": false}}; so is a token whose allowlist does
 * not name the {@code client_ip} the gateway gives. A token the cache knows is answered on the event loop; one that
 * must be looked up is checked on the {@link BlockingPool}.
 */
@Tag(name = "Introspection")
@ProblemResponses.TooManyRequests
@ProblemResponses.InternalError
@ProblemResponses.Unavailable
@SecurityRequirement(name = "introspectionClient")
@Controller("/api/v1/oauth")
@Secured(SecurityRule.IS_ANONYMOUS)
class IntrospectionController {
    static final String CHALLENGE = "Basic realm=\"access-tokens-introspection\"";
    /** An answer about a token is not to be kept by any cache on the way. */
    static final String NO_STORE = "no-store";

    private final AuthenticateAccessTokenUseCase authenticate;
    private final IntrospectionClients clients;

    private final BlockingPool blocking;

    IntrospectionController(AuthenticateAccessTokenUseCase authenticate, IntrospectionClients clients,
                            BlockingPool blocking) {
        this.authenticate = authenticate;
        this.clients = clients;
        this.blocking = blocking;
    }

    @Operation(operationId = "introspectToken", summary = "Introspect a token (RFC 7662)")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(implementation = IntrospectionRequest.class)))
    @ApiResponse(responseCode = "200", description = "Active or not",
            headers = @Header(name = "Cache-Control", required = true, description = "`no-store`",
                    schema = @Schema(type = "string")),
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = IntrospectionResponse.class)))
    @ProblemResponses.InvalidInput
    @ProblemResponses.NotAuthenticated
    @Post(value = "/introspect", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    CompletableFuture<MutableHttpResponse<?>> introspect(HttpRequest<?> request,
                                                         @Parameter(hidden = true) @Nullable @Body String form) {
        if (!clients.authenticates(request)) {
            return CompletableFuture.completedFuture(Problems.of(ProblemType.UNAUTHORIZED,
                    "Introspection needs the client id and secret, as HTTP Basic.")
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE));
        }
        TokenPresentation presentation = IntrospectionRequest.read(form).presentation();
        Optional<TokenCheck> withoutIo = authenticate.checkWithoutIo(presentation);
        if (withoutIo.isPresent()) {
            return CompletableFuture.completedFuture(answer(withoutIo.get()));
        }
        return blocking.supply(() -> answer(authenticate.check(presentation)));
    }

    private static MutableHttpResponse<?> answer(TokenCheck check) {
        return HttpResponse.ok(IntrospectionResponse.of(check)).header(HttpHeaders.CACHE_CONTROL, NO_STORE);
    }
}
