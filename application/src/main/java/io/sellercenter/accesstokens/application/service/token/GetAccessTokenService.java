package io.sellercenter.accesstokens.application.service.token;

import io.sellercenter.accesstokens.application.port.in.token.GetAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.AccessTokenId;
import io.sellercenter.accesstokens.domain.account.SellerId;

import java.util.Optional;

public final class GetAccessTokenService implements GetAccessTokenUseCase {
    private final AccessTokenStore tokens;

    public GetAccessTokenService(AccessTokenStore tokens) {
        this.tokens = tokens;
    }

    @Override
    public Optional<AccessToken> get(SellerId sellerId, AccessTokenId tokenId) {
        return tokens.find(sellerId, tokenId);
    }
}
