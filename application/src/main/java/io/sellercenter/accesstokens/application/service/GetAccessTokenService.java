package io.sellercenter.accesstokens.application.service;

import io.sellercenter.accesstokens.application.port.in.GetAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.out.AccessTokenStore;
import io.sellercenter.accesstokens.domain.AccessToken;
import io.sellercenter.accesstokens.domain.AccessTokenId;
import io.sellercenter.accesstokens.domain.SellerId;

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
