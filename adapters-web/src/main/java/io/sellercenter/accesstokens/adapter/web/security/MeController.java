package io.sellercenter.accesstokens.adapter.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.adapter.web.http.RequestValues;
import io.sellercenter.accesstokens.adapter.web.problem.ProblemResponses;
import io.sellercenter.accesstokens.application.port.in.platform.GetSellerUseCase;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Who the caller is: the seller and token behind an access token, or the user behind a session. */
@Tag(name = "Caller")
@SecurityRequirement(name = "accessToken")
@SecurityRequirement(name = "session")
@Controller("/api/v1/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class MeController {
    private final GetSellerUseCase sellers;

    MeController(GetSellerUseCase sellers) {
        this.sellers = sellers;
    }

    @Operation(operationId = "getCaller", summary = "Who is calling")
    @ApiResponse(responseCode = "200", description = "The caller",
            content = @Content(mediaType = "application/json",
                    schema = @Schema(anyOf = {TokenCaller.class, SessionCaller.class})))
    @ProblemResponses.NotAuthenticated
    @Get
    Object me(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        if (caller instanceof Caller.Token token) {
            String sellerName = sellers.get(token.sellerId()).map(seller -> seller.name().text()).orElse(null);
            return new TokenCaller(CallerClaims.ACCESS_TOKEN, token.sellerId().toString(), sellerName,
                    token.tokenId().toString(), RequestValues.format(token.validUntil()));
        }
        return SessionCaller.of(((Caller.User) caller).profile());
    }

    @Serdeable
    record TokenCaller(String authenticatedBy, String sellerId, @Nullable String sellerName, String tokenId,
                       String validUntil) {
    }

    @Serdeable
    public record SessionCaller(String authenticatedBy, String userId, String email, String role,
                         @Nullable String sellerId) {
        public static SessionCaller of(UserProfile user) {
            return new SessionCaller(CallerClaims.SESSION, user.id().toString(), user.email().address(),
                    user.role().name(), user.sellerId().map(SellerId::toString).orElse(null));
        }
    }
}
