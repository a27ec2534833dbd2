package io.sellercenter.accesstokens.adapter.web.introspection;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.adapter.web.problem.ProblemResponses;
import io.sellercenter.accesstokens.adapter.web.problem.ProblemType;
import io.sellercenter.accesstokens.adapter.web.problem.Problems;
import io.sellercenter.accesstokens.application.port.in.authentication.AuthenticateAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenCheck;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenPresentation;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Token introspection (RFC 7662) for gateways and internal services, through the same checks, cache and revocations
 * as API calls. Anything but an active token is exactly {@code {"active": false}}.
 */
@Tag(name = "Introspection")
@SecurityRequirement(name = "introspectionClient")
@Controller("/api/v1/oauth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class IntrospectionController {
    static final String CHALLENGE = "Basic realm=\"access-tokens-introspection\"";

    private final AuthenticateAccessTokenUseCase authenticate;
    private final IntrospectionClients clients;

    IntrospectionController(AuthenticateAccessTokenUseCase authenticate, IntrospectionClients clients) {
        this.authenticate = authenticate;
        this.clients = clients;
    }

    @Operation(operationId = "introspectToken", summary = "Introspect a token (RFC 7662)")
    @ApiResponse(responseCode = "200", description = "Active or not",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(anyOf = {ActiveToken.class, InactiveToken.class})))
    @ProblemResponses.InvalidInput
    @ProblemResponses.NotAuthenticated
    @Post(value = "/introspect", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    MutableHttpResponse<?> introspect(HttpRequest<?> request, @Nullable String token) {
        if (!clients.authenticates(request)) {
            return Problems.of(ProblemType.UNAUTHORIZED, "Introspection needs the client id and secret, as HTTP Basic.")
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        if (token == null || token.isEmpty()) {
            throw new InvalidInput("token", "is required");
        }
        TokenCheck check = authenticate.check(TokenPresentation.inquiry(token));
        Object body = check instanceof TokenCheck.Valid valid ? ActiveToken.of(valid.token()) : new InactiveToken();
        return HttpResponse.ok(body).header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Serdeable
    record ActiveToken(boolean active, @JsonProperty("token_type") String tokenType, String sub,
                       @JsonProperty("seller_id") String sellerId, String jti, long iat, long exp) {
        static ActiveToken of(AccessToken token) {
            String seller = token.sellerId().value().toString();
            return new ActiveToken(true, "access_token", seller, seller, token.id().value().toString(),
                    token.createdAt().getEpochSecond(), token.validUntil().getEpochSecond());
        }
    }

    @Serdeable
    record InactiveToken(boolean active) {
        InactiveToken() {
            this(false);
        }
    }
}
