package io.sellercenter.accesstokens.application.service.token;

import io.sellercenter.accesstokens.application.port.in.token.Revocation;
import io.sellercenter.accesstokens.application.port.in.token.RevokeAccessTokenCommand;
import io.sellercenter.accesstokens.application.port.in.token.RevokeAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;
import io.sellercenter.accesstokens.application.port.out.token.KnownTokenCache;
import io.sellercenter.accesstokens.application.port.out.token.RevocationBroadcast;
import io.sellercenter.accesstokens.application.port.out.TimeSource;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.domain.token.AccessToken;

import java.time.Instant;
import java.util.Optional;

public final class RevokeAccessTokenService implements RevokeAccessTokenUseCase {
    private final AccessTokenStore tokens;
    private final AuditTrail audit;
    private final KnownTokenCache cache;
    private final RevocationBroadcast broadcast;
    private final TimeSource time;
    private final Transactions transactions;

    public RevokeAccessTokenService(AccessTokenStore tokens, AuditTrail audit, KnownTokenCache cache,
                                    RevocationBroadcast broadcast, TimeSource time, Transactions transactions) {
        this.tokens = tokens;
        this.audit = audit;
        this.cache = cache;
        this.broadcast = broadcast;
        this.time = time;
        this.transactions = transactions;
    }

    /**
     * Revokes in one transaction that also announces the revocation to every node, then drops the token from this
     * node's cache before returning, so that the caller's next request with it fails here too.
     */
    @Override
    public Optional<Revocation> revoke(RevokeAccessTokenCommand command) {
        Optional<Revocation> result = transactions.inTransaction(() -> tokens.findForUpdate(command.sellerId(),
                        command.tokenId())
                .map(token -> {
                    if (token.isRevoked()) {
                        return new Revocation(token, false);
                    }
                    Instant now = time.now();
                    AccessToken revoked = token.revoke(now);
                    tokens.saveRevocation(revoked);
                    broadcast.announce(revoked.hash());
                    audit.record(AuditEvent.change(now, AuditEvent.Action.TOKEN_REVOKED, command.requestedBy(),
                            command.sellerId(), token.id(), command.origin()));
                    return new Revocation(revoked, true);
                }));
        result.ifPresent(revocation -> cache.evict(revocation.token().hash()));
        return result;
    }
}
