package io.sellercenter.accesstokens.adapter.web.token;

import io.micronaut.core.annotation.NonNull;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.adapter.web.http.BlockingPool;
import io.sellercenter.accesstokens.adapter.web.http.Origins;
import io.sellercenter.accesstokens.adapter.web.http.PageParameter;
import io.sellercenter.accesstokens.adapter.web.http.RateLimit;
import io.sellercenter.accesstokens.adapter.web.http.RateLimitNames;
import io.sellercenter.accesstokens.adapter.web.http.RateLimited;
import io.sellercenter.accesstokens.adapter.web.http.RequestValues;
import io.sellercenter.accesstokens.adapter.web.http.SizeParameter;
import io.sellercenter.accesstokens.adapter.web.problem.ProblemResponses;
import io.sellercenter.accesstokens.adapter.web.problem.ProblemType;
import io.sellercenter.accesstokens.adapter.web.problem.Problems;
import io.sellercenter.accesstokens.adapter.web.security.Caller;
import io.sellercenter.accesstokens.application.port.in.token.AccessTokenView;
import io.sellercenter.accesstokens.application.port.in.token.GenerateAccessTokenCommand;
import io.sellercenter.accesstokens.application.port.in.token.GenerateAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.token.GetAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.token.GetTokenPolicyUseCase;
import io.sellercenter.accesstokens.application.port.in.token.ListAccessTokensQuery;
import io.sellercenter.accesstokens.application.port.in.token.ListAccessTokensUseCase;
import io.sellercenter.accesstokens.application.port.in.token.ListScopesUseCase;
import io.sellercenter.accesstokens.application.port.in.token.renew.RenewAccessTokenCommand;
import io.sellercenter.accesstokens.application.port.in.token.renew.RenewAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.token.renew.RenewalResult;
import io.sellercenter.accesstokens.application.port.in.token.revoke.RevocationResult;
import io.sellercenter.accesstokens.application.port.in.token.revoke.RevokeAccessTokenCommand;
import io.sellercenter.accesstokens.application.port.in.token.revoke.RevokeAccessTokenUseCase;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.token.AddressAllowlist;
import io.sellercenter.accesstokens.domain.token.GeneratedAccessToken;
import io.sellercenter.accesstokens.domain.token.Note;
import io.sellercenter.accesstokens.domain.token.Scope;
import io.sellercenter.accesstokens.domain.token.ScopeCatalog;
import io.sellercenter.accesstokens.domain.token.TokenStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.inject.Named;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Settings → Access Tokens: a seller admin, signed in with a session, manages their own seller's tokens. Members and
 * access tokens have no role that passes the check below, so they get 403; another seller's token is 404.
 */
@Tag(name = "Access tokens")
@SecurityRequirement(name = "session")
@ProblemResponses.NotAuthenticated
@ProblemResponses.NotAllowed
@ProblemResponses.TooManyRequests
@ProblemResponses.InternalError
@ProblemResponses.Unavailable
@Controller("/api/v1/access-tokens")
@Secured("SELLER_ADMIN")
@ExecuteOn(BlockingPool.NAME)
class AccessTokenController {
    private final GenerateAccessTokenUseCase generate;
    private final ListAccessTokensUseCase list;
    private final GetAccessTokenUseCase get;
    private final GetTokenPolicyUseCase policy;
    private final ListScopesUseCase scopes;
    private final RevokeAccessTokenUseCase revoke;
    private final RenewAccessTokenUseCase renew;
    private final AccessTokenResponseMapper mapper;
    private final Origins origins;
    private final RateLimit newTokensPerSeller;

    AccessTokenController(GenerateAccessTokenUseCase generate, ListAccessTokensUseCase list, GetAccessTokenUseCase get,
                          GetTokenPolicyUseCase policy, ListScopesUseCase scopes, RevokeAccessTokenUseCase revoke,
                          RenewAccessTokenUseCase renew, AccessTokenResponseMapper mapper, Origins origins,
                          @Named(RateLimitNames.TOKEN_GENERATION) RateLimit newTokensPerSeller) {
        this.scopes = scopes;
        this.newTokensPerSeller = newTokensPerSeller;
        this.generate = generate;
        this.list = list;
        this.get = get;
        this.policy = policy;
        this.revoke = revoke;
        this.renew = renew;
        this.mapper = mapper;
        this.origins = origins;
    }

    @Operation(operationId = "generateAccessToken", summary = "Generate a token",
            description = "The secret is in `token`, in this response only.")
    @ApiResponse(responseCode = "201", description = "The new token, with its secret",
            headers = {@Header(name = "Location", required = true, description = "Where the token can be read",
                    schema = @Schema(type = "string", format = "uri-reference")),
                    @Header(name = "Cache-Control", required = true, description = "`no-store`: it holds the secret",
                            schema = @Schema(type = "string"))},
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = GeneratedAccessTokenResponse.class)))
    @ProblemResponses.InvalidInput
    @Post
    MutableHttpResponse<GeneratedAccessTokenResponse> generate(@Body GenerateAccessTokenRequest body,
                                                              Authentication authentication, HttpRequest<?> request) {
        Caller.User admin = Caller.user(authentication);
        var command = new GenerateAccessTokenCommand(admin.administeredSeller(), admin.profile().id(),
                RequestValues.instant("validUntil", body.validUntil()), new Note(body.note()),
                TokenLimitsValues.scopes(body.scopes()),
                TokenLimitsValues.allowlist(body.allowedIps()).orElse(AddressAllowlist.anywhere()),
                origins.of(request));
        RateLimited.unlessAllowed(newTokensPerSeller, admin.administeredSeller().value().toString());
        return created(generate.generate(command));
    }

    @Operation(operationId = "listAccessTokens", summary = "List the seller's tokens, newest first")
    @ApiResponse(responseCode = "200", description = "One page of tokens",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AccessTokenPageResponse.class)))
    @ProblemResponses.InvalidInput
    @Get
    AccessTokenPageResponse list(
            @Parameter(required = false, description = "Only the tokens in this status now")
            @Schema(implementation = TokenStatus.class) @NonNull @QueryValue Optional<String> status,
            @PageParameter @NonNull @QueryValue Optional<String> page,
            @SizeParameter @NonNull @QueryValue Optional<String> size,
            Authentication authentication) {
        Optional<TokenStatus> wanted = status.map(value -> RequestValues.oneOf("status", value, TokenStatus.class));
        return mapper.toResponse(list.list(new ListAccessTokensQuery(Caller.user(authentication).administeredSeller(),
                wanted, RequestValues.pageRequest(page, size))));
    }

    /** The limits the Generate form offers: how far ahead a token's end may lie. */
    @Operation(operationId = "getTokenPolicy", summary = "The token policy")
    @ApiResponse(responseCode = "200", description = "The policy",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = TokenPolicyResponse.class)))
    @Get("/policy")
    TokenPolicyResponse policy() {
        Duration maxLifetime = policy.maxLifetime();
        return new TokenPolicyResponse(maxLifetime.toString(), maxLifetime.toSeconds());
    }

    /** The resources a token may be scoped to, for the Generate form and for clients. */
    @Operation(operationId = "listScopes", summary = "The scopes a token may have",
            description = "Each resource of the seller API, with its read and write scope (write includes read).")
    @ApiResponse(responseCode = "200", description = "The catalog, by resource",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = ScopeCatalogResponse.class)))
    @Get("/scopes")
    ScopeCatalogResponse scopes() {
        ScopeCatalog catalog = scopes.scopes();
        return new ScopeCatalogResponse(catalog.resources().stream().map(resource -> new ScopeResourceResponse(
                resource, catalog.description(resource), List.of(new Scope(resource, Scope.Access.READ).text(),
                new Scope(resource, Scope.Access.WRITE).text()))).toList());
    }

    @Serdeable
    @Schema(name = "ScopeCatalog", description = "The resources a token may be scoped to.")
    record ScopeCatalogResponse(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<ScopeResourceResponse> items) {
    }

    @Serdeable
    @Schema(name = "ScopeResource", description = "A resource of the seller API and its scopes.")
    record ScopeResourceResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "^[a-z][a-z0-9-]{0,39}$",
                    example = "orders")
            String resource,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Orders, their acceptance and cancellation")
            String description,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "[\"orders:read\", \"orders:write\"]",
                    description = "Its read and its write scope")
            List<String> scopes) {
    }

    @Serdeable
    @Schema(name = "TokenPolicy", description = "The limits a new token must respect.")
    record TokenPolicyResponse(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "PT8760H",
                    description = "The longest a token may live, as an ISO 8601 duration")
            String maxLifetime,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", example = "31536000",
                    description = "The same, in seconds")
            long maxLifetimeSeconds) {
    }

    @Operation(operationId = "getAccessToken", summary = "One token")
    @ApiResponse(responseCode = "200", description = "The token",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AccessTokenResponse.class)))
    @ProblemResponses.InvalidInput
    @ProblemResponses.NotFound
    @Get("/{id}")
    MutableHttpResponse<?> get(@IdParameter @PathVariable String id, Authentication authentication) {
        Optional<AccessTokenView> token = get.get(Caller.user(authentication).administeredSeller(), tokenId(id));
        return token.<MutableHttpResponse<?>>map(found -> HttpResponse.ok(mapper.toResponse(found)))
                .orElseGet(AccessTokenController::noSuchToken);
    }

    @Operation(operationId = "revokeAccessToken", summary = "Revoke a token",
            description = "Irreversible; calls with the token fail from now on. Revoking again changes nothing.")
    @ApiResponse(responseCode = "200", description = "The revoked token",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = AccessTokenResponse.class)))
    @ProblemResponses.InvalidInput
    @ProblemResponses.NotFound
    @Post("/{id}/revoke")
    MutableHttpResponse<?> revoke(@IdParameter @PathVariable String id, Authentication authentication, HttpRequest<?> request) {
        Caller.User admin = Caller.user(authentication);
        RevocationResult result = revoke.revoke(new RevokeAccessTokenCommand(admin.administeredSeller(), tokenId(id),
                admin.profile().id(), origins.of(request)));
        if (result instanceof RevocationResult.Revoked revoked) {
            return HttpResponse.ok(mapper.toResponse(revoked.token()));
        }
        if (result instanceof RevocationResult.AlreadyRevoked already) {
            return HttpResponse.ok(mapper.toResponse(already.token()));
        }
        return noSuchToken();
    }

    @Operation(operationId = "renewAccessToken", summary = "Renew a token",
            description = "A new token with the same note; the old one is revoked.")
    @ApiResponse(responseCode = "201", description = "The replacement, with its secret",
            headers = {@Header(name = "Location", required = true, description = "Where the replacement can be read",
                    schema = @Schema(type = "string", format = "uri-reference")),
                    @Header(name = "Cache-Control", required = true, description = "`no-store`: it holds the secret",
                            schema = @Schema(type = "string"))},
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = GeneratedAccessTokenResponse.class)))
    @ProblemResponses.InvalidInput
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @Post("/{id}/renew")
    MutableHttpResponse<?> renew(@IdParameter @PathVariable String id, @Nullable @Body RenewAccessTokenRequest body,
                                 Authentication authentication, HttpRequest<?> request) {
        Caller.User admin = Caller.user(authentication);
        if (body == null && request.getContentLength() > 0) {
            throw new InvalidInput("body", "must be a JSON object, or nothing at all");
        }
        Optional<RenewAccessTokenRequest> asked = Optional.ofNullable(body);
        var command = new RenewAccessTokenCommand(admin.administeredSeller(), tokenId(id), admin.profile().id(),
                asked.map(RenewAccessTokenRequest::validUntil).map(v -> RequestValues.instant("validUntil", v)),
                TokenLimitsValues.scopes(asked.map(RenewAccessTokenRequest::scopes).orElse(null)),
                TokenLimitsValues.allowlist(asked.map(RenewAccessTokenRequest::allowedIps).orElse(null)),
                origins.of(request));
        RateLimited.unlessAllowed(newTokensPerSeller, admin.administeredSeller().value().toString());
        RenewalResult result = renew.renew(command);
        if (result instanceof RenewalResult.Renewed renewed) {
            return created(renewed.replacement());
        }
        if (result instanceof RenewalResult.AlreadyRevoked) {
            return Problems.of(ProblemType.TOKEN_REVOKED,
                    "A revoked token cannot be renewed; generate a new one instead.");
        }
        return noSuchToken();
    }

    private MutableHttpResponse<GeneratedAccessTokenResponse> created(GeneratedAccessToken generated) {
        return HttpResponse.created(mapper.toResponse(generated),
                        URI.create("/api/v1/access-tokens/" + generated.token().id()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private static AccessTokenId tokenId(String id) {
        return new AccessTokenId(RequestValues.uuid("id", id));
    }

    private static MutableHttpResponse<?> noSuchToken() {
        return Problems.of(ProblemType.NOT_FOUND, "Your seller has no access token with this id.");
    }
}
