package io.sellercenter.accesstokens.application.port.in;

import io.sellercenter.accesstokens.domain.AccessTokenId;
import io.sellercenter.accesstokens.domain.SellerId;
import io.sellercenter.accesstokens.domain.UserId;

import java.util.Objects;

/** Revoke token {@code tokenId} of {@code sellerId}, as requested by one of its admins. */
public record RevokeAccessTokenCommand(SellerId sellerId, AccessTokenId tokenId, UserId requestedBy,
                                       RequestOrigin origin) {
    public RevokeAccessTokenCommand {
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(requestedBy, "requestedBy");
        origin = origin == null ? RequestOrigin.unknown() : origin;
    }
}
