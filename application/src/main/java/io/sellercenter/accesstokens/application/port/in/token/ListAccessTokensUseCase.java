package io.sellercenter.accesstokens.application.port.in.token;

import io.sellercenter.accesstokens.domain.shared.Page;

/** A seller admin pages through their seller's tokens, newest first. */
public interface ListAccessTokensUseCase {
    Page<AccessTokenView> list(ListAccessTokensQuery query);
}
