package io.sellercenter.accesstokens.adapter.web.security;

import io.sellercenter.accesstokens.adapter.web.problem.ProblemResponses;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.sellercenter.accesstokens.application.port.in.platform.GetSellerUseCase;
import io.sellercenter.accesstokens.domain.account.UserProfile;
import io.sellercenter.accesstokens.domain.account.SellerId;

import java.util.UUID;

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
        if (Principals.isAccessToken(authentication)) {
            String sellerId = String.valueOf(authentication.getAttributes().get(Principals.SELLER_ID));
            String sellerName = sellers.get(new SellerId(UUID.fromString(sellerId)))
                    .map(seller -> seller.name().text()).orElse(null);
            return new TokenCaller(Principals.ACCESS_TOKEN, sellerId, sellerName, authentication.getName(),
                    String.valueOf(authentication.getAttributes().get(Principals.VALID_UNTIL)));
        }
        Principals.SessionUser user = Principals.sessionUser(authentication)
                .orElseThrow(() -> new IllegalStateException("neither a session nor an access token"));
        return new SessionCaller(Principals.SESSION, user.userId().value().toString(), user.email(),
                user.role().name(), user.sellerId().map(SellerId::toString).orElse(null));
    }

    @Serdeable
    record TokenCaller(String authenticatedBy, String sellerId, @Nullable String sellerName, String tokenId,
                       String validUntil) {
    }

    @Serdeable
    public record SessionCaller(String authenticatedBy, String userId, String email, String role,
                         @Nullable String sellerId) {
        public static SessionCaller of(UserProfile user) {
            return new SessionCaller(Principals.SESSION, user.id().value().toString(), user.email().address(),
                    user.role().name(), user.sellerId().map(SellerId::toString).orElse(null));
        }
    }
}
