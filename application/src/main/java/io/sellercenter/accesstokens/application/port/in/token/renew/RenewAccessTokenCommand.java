package io.sellercenter.accesstokens.application.port.in.token.renew;

import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.audit.RequestOrigin;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.token.AddressAllowlist;
import io.sellercenter.accesstokens.domain.token.Scope;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Renew token {@code tokenId} of {@code sellerId}. Without {@code validUntil}, the replacement lives as long as the old
 * token was meant to; without {@code scopes} or {@code allowedFrom}, it keeps the old token's.
 */
public record RenewAccessTokenCommand(SellerId sellerId, AccessTokenId tokenId, UserId requestedBy,
                                      Optional<Instant> validUntil, Optional<List<Scope>> scopes,
                                      Optional<AddressAllowlist> allowedFrom, RequestOrigin origin) {
    public RenewAccessTokenCommand {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        origin = origin == null ? RequestOrigin.unknown() : origin;
        validUntil = validUntil == null ? Optional.empty() : validUntil.map(v -> v.truncatedTo(ChronoUnit.MICROS));
        scopes = scopes == null ? Optional.empty() : scopes.map(List::copyOf);
        allowedFrom = allowedFrom == null ? Optional.empty() : allowedFrom;
    }

    /** A renewal that keeps the old token's limits. */
    public RenewAccessTokenCommand(SellerId sellerId, AccessTokenId tokenId, UserId requestedBy,
                                   Optional<Instant> validUntil, RequestOrigin origin) {
        this(sellerId, tokenId, requestedBy, validUntil, Optional.empty(), Optional.empty(), origin);
    }
}
