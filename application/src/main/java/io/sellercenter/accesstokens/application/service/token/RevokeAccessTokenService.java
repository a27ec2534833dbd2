package io.sellercenter.accesstokens.application.service.token;

import io.sellercenter.accesstokens.application.port.in.token.AccessTokenView;
import io.sellercenter.accesstokens.application.port.in.token.revoke.RevocationResult;
import io.sellercenter.accesstokens.application.port.in.token.revoke.RevokeAccessTokenCommand;
import io.sellercenter.accesstokens.application.port.in.token.revoke.RevokeAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.out.TimeSource;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.application.port.out.token.KnownTokenCache;
import io.sellercenter.accesstokens.application.port.out.token.RevocationBroadcast;
import io.sellercenter.accesstokens.application.port.out.token.TokenEvents;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.token.AccessToken;

import java.time.Instant;
import java.util.Optional;

public final class RevokeAccessTokenService implements RevokeAccessTokenUseCase {
    private final AccessTokenStore tokens;
    private final AuditTrail audit;
    private final TokenEvents events;
    private final KnownTokenCache cache;
    private final RevocationBroadcast broadcast;
    private final TimeSource time;
    private final Transactions transactions;

    public RevokeAccessTokenService(AccessTokenStore tokens, AuditTrail audit, TokenEvents events,
                                    KnownTokenCache cache, RevocationBroadcast broadcast, TimeSource time,
                                    Transactions transactions) {
        this.tokens = tokens;
        this.audit = audit;
        this.events = events;
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
    public RevocationResult revoke(RevokeAccessTokenCommand command) {
        Instant now = time.now();
        Optional<Revoking> outcome = transactions.inTransaction(() -> tokens.findForUpdate(command.sellerId(),
                        command.tokenId())
                .map(token -> {
                    if (token.isRevoked()) {
                        return new Revoking(token, null);
                    }
                    AccessToken revoked = token.revoke(now);
                    tokens.saveRevocation(revoked);
                    broadcast.announce(revoked.hash());
                    AuditEvent event = AuditEvent.change(now, AuditEvent.Action.TOKEN_REVOKED, command.requestedBy(),
                            command.sellerId(), token.id(), command.origin());
                    audit.record(event);
                    return new Revoking(revoked, event);
                }));
        if (outcome.isEmpty()) {
            return new RevocationResult.NotFound();
        }
        Revoking revoking = outcome.get();
        AccessTokenView view = AccessTokenView.at(revoking.token(), now);
        if (revoking.event() == null) {
            return new RevocationResult.AlreadyRevoked(view);
        }
        cache.evict(revoking.token().hash());
        events.publish(revoking.event());
        return new RevocationResult.Revoked(view);
    }

    /** The token after the transaction, and the event it recorded if it revoked the token. */
    private record Revoking(AccessToken token, AuditEvent event) {
    }
}
