package io.sellercenter.accesstokens.application.port.in.token;

/** A seller admin pages through their seller's tokens, newest first. */
public interface ListAccessTokensUseCase {
    AccessTokenPage list(ListAccessTokensQuery query);
}
