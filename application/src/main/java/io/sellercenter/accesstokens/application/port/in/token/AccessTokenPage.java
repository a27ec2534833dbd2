package io.sellercenter.accesstokens.application.port.in.token;

import io.sellercenter.accesstokens.domain.token.AccessToken;

import java.util.List;

/** One page of a seller's tokens, newest first, and how many there are in all. */
public record AccessTokenPage(List<AccessToken> items, int page, int size, long totalItems) {
    public AccessTokenPage {
        items = List.copyOf(items);
    }
}
