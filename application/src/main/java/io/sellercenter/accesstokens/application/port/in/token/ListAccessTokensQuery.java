package io.sellercenter.accesstokens.application.port.in.token;

import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.shared.PageRequest;
import io.sellercenter.accesstokens.domain.token.TokenStatus;

import java.util.Objects;
import java.util.Optional;

/** One page of a seller's tokens, newest first, optionally only those in one status now. */
public record ListAccessTokensQuery(SellerId sellerId, Optional<TokenStatus> status, PageRequest page) {
    public ListAccessTokensQuery {
        Objects.requireNonNull(sellerId, "sellerId");
        status = status == null ? Optional.empty() : status;
        page = page == null ? PageRequest.first() : page;
    }
}
