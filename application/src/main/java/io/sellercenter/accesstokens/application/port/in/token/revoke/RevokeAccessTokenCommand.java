package io.sellercenter.accesstokens.application.port.in.token.revoke;

import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.account.UserId;
import io.sellercenter.accesstokens.domain.audit.RequestOrigin;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;

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
