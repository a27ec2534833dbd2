package io.sellercenter.accesstokens.application.port.in.audit;

import io.sellercenter.accesstokens.application.port.in.token.ListAccessTokensQuery;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import io.sellercenter.accesstokens.domain.account.SellerId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Page {@code page} of a seller's audit events, optionally for one token, one action, from and to an instant. */
public record ListAuditEventsQuery(SellerId sellerId, Optional<AccessTokenId> tokenId,
                                   Optional<AuditEvent.Action> action, Optional<Instant> from, Optional<Instant> to,
                                   int page, int size) {
    public ListAuditEventsQuery {
        Objects.requireNonNull(sellerId, "sellerId");
        tokenId = tokenId == null ? Optional.empty() : tokenId;
        action = action == null ? Optional.empty() : action;
        from = from == null ? Optional.empty() : from;
        to = to == null ? Optional.empty() : to;
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new InvalidInput("from", "must not be after to");
        }
        if (page < 0 || page > ListAccessTokensQuery.MAX_PAGE) {
            throw new InvalidInput("page", "must be between 0 and " + ListAccessTokensQuery.MAX_PAGE);
        }
        if (size < 1 || size > ListAccessTokensQuery.MAX_SIZE) {
            throw new InvalidInput("size", "must be between 1 and " + ListAccessTokensQuery.MAX_SIZE);
        }
    }
}
