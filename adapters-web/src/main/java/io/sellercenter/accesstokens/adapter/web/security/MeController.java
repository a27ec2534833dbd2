package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.sellercenter.accesstokens.adapter.web.http.BlockingPool;
import io.sellercenter.accesstokens.adapter.web.problem.ProblemResponses;
import io.sellercenter.accesstokens.application.port.in.platform.GetSellerUseCase;
import io.sellercenter.accesstokens.domain.account.Seller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Who the caller is: the seller and token behind an access token, or the user behind a session. Answered on the event
 * loop when the seller's name is in memory, as it is for every seller seen in the last minutes; the first call for a
 * seller reads it on the {@link BlockingPool}.
 */
@Tag(name = "Caller")
@SecurityRequirement(name = "accessToken")
@SecurityRequirement(name = "session")
@ProblemResponses.TooManyRequests
@ProblemResponses.InternalError
@ProblemResponses.Unavailable
@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MeController {
    private final GetSellerUseCase sellers;
    private final BlockingPool blocking;

    MeController(GetSellerUseCase sellers, BlockingPool blocking) {
        this.sellers = sellers;
        this.blocking = blocking;
    }

    @Operation(operationId = "getCaller", summary = "Who is calling")
    @ApiResponse(responseCode = "200", description = "The caller",
            headers = {@Header(name = AccessTokenExpiryHeaderFilter.HEADER,
                    description = "When the access token ends, on calls made with one",
                    schema = @Schema(type = "string", format = "date-time")),
                    @Header(name = AccessTokenExpiryHeaderFilter.SCOPES_HEADER,
                            description = "The access token's scopes, space-separated (`*` for full access), on "
                                    + "calls made with one", schema = @Schema(type = "string"))},
            content = @Content(mediaType = "application/json",
                    schema = @Schema(implementation = CallerResponse.class)))
    @ProblemResponses.NotAuthenticated
    @Get
    CompletableFuture<CallerResponse> me(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (!(caller instanceof Caller.Token token)) {
            return CompletableFuture.completedFuture(SessionCaller.of(((Caller.User) caller).profile()));
        }
        Optional<Seller> remembered = sellers.getWithoutIo(token.sellerId());
        if (remembered.isPresent()) {
            return CompletableFuture.completedFuture(TokenCaller.of(token, remembered.get().name().text()));
        }
        return blocking.supply(() -> TokenCaller.of(token, sellers.get(token.sellerId())
                .map(seller -> seller.name().text()).orElse(null)));
    }
}
