package io.sellercenter.accesstokens.application.service;

import io.sellercenter.accesstokens.application.port.in.RevokeAccessTokenCommand;
import io.sellercenter.accesstokens.application.port.in.RevokeAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.out.AccessTokenStore;
import io.sellercenter.accesstokens.application.port.out.TimeSource;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.domain.AccessToken;

import java.util.Optional;

public final class RevokeAccessTokenService implements RevokeAccessTokenUseCase {
    private final AccessTokenStore tokens;
    private final TimeSource time;
    private final Transactions transactions;

    public RevokeAccessTokenService(AccessTokenStore tokens, TimeSource time, Transactions transactions) {
        this.tokens = tokens;
        this.time = time;
        this.transactions = transactions;
    }

    @Override
    public Optional<AccessToken> revoke(RevokeAccessTokenCommand command) {
        return transactions.inTransaction(() -> tokens.findForUpdate(command.sellerId(), command.tokenId())
                .map(token -> {
                    if (token.isRevoked()) {
                        return token;
                    }
                    AccessToken revoked = token.revoke(time.now());
                    tokens.saveRevocation(revoked);
                    return revoked;
                }));
    }
}
