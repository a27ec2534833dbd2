package io.sellercenter.accesstokens.application.service.token;

import io.sellercenter.accesstokens.application.port.in.token.RenewAccessTokenCommand;
import io.sellercenter.accesstokens.application.port.in.token.RenewAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.token.RenewalResult;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;
import io.sellercenter.accesstokens.application.port.out.token.KnownTokenCache;
import io.sellercenter.accesstokens.application.port.out.token.RevocationBroadcast;
import io.sellercenter.accesstokens.application.port.out.RandomSource;
import io.sellercenter.accesstokens.application.port.out.TimeSource;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.GeneratedAccessToken;
import io.sellercenter.accesstokens.domain.token.TokenPolicy;

import java.time.Instant;
import java.util.Optional;

public final class RenewAccessTokenService implements RenewAccessTokenUseCase {
    private final AccessTokenStore tokens;
    private final TimeSource time;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final KnownTokenCache cache;
    private final RevocationBroadcast broadcast;
    private final TokenMint mint;

    public RenewAccessTokenService(AccessTokenStore tokens, AuditTrail audit, KnownTokenCache cache,
                                   RevocationBroadcast broadcast, TimeSource time, RandomSource random,
                                   TokenPolicy policy, Transactions transactions) {
        this.tokens = tokens;
        this.audit = audit;
        this.cache = cache;
        this.broadcast = broadcast;
        this.time = time;
        this.transactions = transactions;
        this.mint = new TokenMint(random, policy);
    }

    /** Like a revocation, the old token's end reaches every node's cache; this node's before returning. */
    @Override
    public RenewalResult renew(RenewAccessTokenCommand command) {
        RenewalResult result = transactions.inTransaction(() -> {
            Optional<AccessToken> found = tokens.findForUpdate(command.sellerId(), command.tokenId());
            if (found.isEmpty()) {
                return new RenewalResult.NotFound();
            }
            AccessToken old = found.get();
            if (old.isRevoked()) {
                return new RenewalResult.AlreadyRevoked(old);
            }
            Instant now = time.now();
            Instant validUntil = command.validUntil().orElseGet(() -> defaultValidUntil(old, now));
            GeneratedAccessToken replacement = mint.mint(old.sellerId(), command.requestedBy(), old.note(),
                    validUntil, now);
            AccessToken revoked = old.revoke(now);
            tokens.add(replacement.token());
            tokens.saveRevocation(revoked);
            broadcast.announce(revoked.hash());
            audit.record(AuditEvent.change(now, AuditEvent.Action.TOKEN_RENEWED, command.requestedBy(),
                    command.sellerId(), old.id(), command.origin()));
            audit.record(AuditEvent.change(now, AuditEvent.Action.TOKEN_GENERATED, command.requestedBy(),
                    command.sellerId(), replacement.token().id(), command.origin()));
            return new RenewalResult.Renewed(replacement, revoked);
        });
        if (result instanceof RenewalResult.Renewed renewed) {
            cache.evict(renewed.revoked().hash());
        }
        return result;
    }

    /** The old token's lifetime from now, within what the policy allows today. */
    private Instant defaultValidUntil(AccessToken old, Instant now) {
        Instant sameLifetime = old.defaultRenewalValidUntil(now);
        Instant latest = mint.policy().latestValidUntil(now);
        return sameLifetime.isAfter(latest) ? latest : sameLifetime;
    }
}
