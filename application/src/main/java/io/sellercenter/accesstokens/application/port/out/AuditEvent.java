package io.sellercenter.accesstokens.application.port.out;

import io.sellercenter.accesstokens.domain.AccessTokenId;
import io.sellercenter.accesstokens.domain.SellerId;
import io.sellercenter.accesstokens.domain.UserId;

import java.time.Instant;
import java.util.Objects;

/** One change to a seller's tokens: when, what, by which user, to which token. */
public record AuditEvent(Instant occurredAt, Action action, UserId actor, SellerId sellerId, AccessTokenId tokenId) {
    public enum Action {
        TOKEN_GENERATED,
        TOKEN_REVOKED,
        TOKEN_RENEWED
    }

    public AuditEvent {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(tokenId, "tokenId");
    }
}
