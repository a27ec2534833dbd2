package io.sellercenter.accesstokens.domain.audit;

import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Which of a seller's audit events to look at: optionally only those of one token, of one action, and from and to an
 * instant (both inclusive; {@code from} may not come after {@code to}).
 */
public record AuditEventFilter(SellerId sellerId, Optional<AccessTokenId> tokenId, Optional<AuditEvent.Action> action,
                               Optional<Instant> from, Optional<Instant> to) {
    public AuditEventFilter {
        Objects.requireNonNull(sellerId, "sellerId");
        tokenId = tokenId == null ? Optional.empty() : tokenId;
        action = action == null ? Optional.empty() : action;
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new InvalidInput("from", "must not be after to");
        }
    }

    /** Every event of the seller. */
    public static AuditEventFilter all(SellerId sellerId) {
        return new AuditEventFilter(sellerId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
}
