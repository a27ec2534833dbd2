package io.sellercenter.accesstokens.application.port.in.token;

import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.token.TokenStatus;

import java.util.Objects;
import java.util.Optional;

/** Page {@code page} (from 0) of {@code size} tokens (1 to 100) of a seller, optionally only those in one status. */
public record ListAccessTokensQuery(SellerId sellerId, Optional<TokenStatus> status, int page, int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Far enough for any real seller, near enough that an offset never overflows. */
    public static final int MAX_PAGE = 1_000_000;

    public ListAccessTokensQuery {
        Objects.requireNonNull(sellerId, "sellerId");
        status = status == null ? Optional.empty() : status;
        if (page < 0 || page > MAX_PAGE) {
            throw new InvalidInput("page", "must be between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInput("size", "must be between 1 and " + MAX_SIZE);
        }
    }
}
