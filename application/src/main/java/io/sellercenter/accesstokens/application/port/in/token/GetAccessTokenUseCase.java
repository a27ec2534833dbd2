package io.sellercenter.accesstokens.application.port.in.token;

import io.sellercenter.accesstokens.domain.account.SellerId;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;

import java.util.Optional;

/** A seller admin looks at one of their seller's tokens; another seller's token is as if it did not exist. */
public interface GetAccessTokenUseCase {
    Optional<AccessTokenView> get(SellerId sellerId, AccessTokenId tokenId);
}
