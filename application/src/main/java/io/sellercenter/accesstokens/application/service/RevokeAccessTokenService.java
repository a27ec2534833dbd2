package io.sellercenter.accesstokens.application.service;

import io.sellercenter.accesstokens.application.port.in.RevokeAccessTokenCommand;
import io.sellercenter.accesstokens.application.port.in.RevokeAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.out.AccessTokenStore;
import io.sellercenter.accesstokens.application.port.out.AuditEvent;
import io.sellercenter.accesstokens.application.port.out.AuditTrail;
import io.sellercenter.accesstokens.application.port.out.TimeSource;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.domain.AccessToken;

import java.time.Instant;
import java.util.Optional;

public final class RevokeAccessTokenService implements RevokeAccessTokenUseCase {
    private final AccessTokenStore tokens;
    private final AuditTrail audit;
    private final TimeSource time;
    private final Transactions transactions;

    public RevokeAccessTokenService(AccessTokenStore tokens, AuditTrail audit, TimeSource time,
                                    Transactions transactions) {
        this.tokens = tokens;
        this.audit = audit;
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
                    Instant now = time.now();
                    AccessToken revoked = token.revoke(now);
                    tokens.saveRevocation(revoked);
                    audit.record(new AuditEvent(now, AuditEvent.Action.TOKEN_REVOKED, command.requestedBy(),
                            command.sellerId(), token.id()));
                    return revoked;
                }));
    }
}
