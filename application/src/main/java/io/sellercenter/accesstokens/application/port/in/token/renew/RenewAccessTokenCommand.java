package io.sellercenter.accesstokens.application.port.in.token.renew;

import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.audit.RequestOrigin;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Renew token {@code tokenId} of {@code sellerId}. Without {@code validUntil}, the replacement lives as long as the old
 * token was meant to.
 */
public record RenewAccessTokenCommand(SellerId sellerId, AccessTokenId tokenId, UserId requestedBy,
                                      Optional<Instant> validUntil, RequestOrigin origin) {
    public RenewAccessTokenCommand {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        origin = origin == null ? RequestOrigin.unknown() : origin;
        validUntil = validUntil == null ? Optional.empty() : validUntil.map(v -> v.truncatedTo(ChronoUnit.MICROS));
    }
}
