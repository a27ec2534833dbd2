package io.sellercenter.accesstokens.application.service.token;

import io.sellercenter.accesstokens.application.port.in.token.AccessTokenView;
import io.sellercenter.accesstokens.application.port.in.token.renew.RenewAccessTokenCommand;
import io.sellercenter.accesstokens.application.port.in.token.renew.RenewAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.token.renew.RenewalResult;
import io.sellercenter.accesstokens.application.port.out.RandomSource;
import io.sellercenter.accesstokens.application.port.out.TimeSource;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.application.port.out.token.KnownTokenCache;
import io.sellercenter.accesstokens.application.port.out.token.RevocationBroadcast;
import io.sellercenter.accesstokens.application.port.out.token.TokenEvents;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.GeneratedAccessToken;
import io.sellercenter.accesstokens.domain.token.ScopeCatalog;
import io.sellercenter.accesstokens.domain.token.Scopes;
import io.sellercenter.accesstokens.domain.token.TokenLimits;
import io.sellercenter.accesstokens.domain.token.TokenPolicy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public final class RenewAccessTokenService implements RenewAccessTokenUseCase {
    private final AccessTokenStore tokens;
    private final AuditTrail audit;
    private final TokenEvents events;
    private final KnownTokenCache cache;
    private final RevocationBroadcast broadcast;
    private final TimeSource time;
    private final Transactions transactions;
    private final TokenMint mint;

    public RenewAccessTokenService(AccessTokenStore tokens, AuditTrail audit, TokenEvents events,
                                   KnownTokenCache cache, RevocationBroadcast broadcast, TimeSource time,
                                   RandomSource random, TokenPolicy policy, ScopeCatalog catalog,
                                   Transactions transactions) {
        this.tokens = tokens;
        this.audit = audit;
        this.events = events;
        this.cache = cache;
        this.broadcast = broadcast;
        this.time = time;
        this.transactions = transactions;
        this.mint = new TokenMint(random, policy, catalog);
    }

    /**
     * Generates the replacement and revokes the old token in one transaction. Like a revocation, the old token's end
     * reaches every node's cache, this node's before returning.
     */
    @Override
    public RenewalResult renew(RenewAccessTokenCommand command) {
        Instant now = time.now();
        Optional<Scopes> scopes = command.scopes().map(asked -> mint.scopes(Optional.of(asked)));
        Optional<Renewing> outcome = transactions.inTransaction(() -> tokens.findForUpdate(command.sellerId(),
                        command.tokenId())
                .map(old -> old.isRevoked() ? new Renewing(old, null, List.of()) : replace(old, command, scopes, now)));
        if (outcome.isEmpty()) {
            return new RenewalResult.NotFound();
        }
        Renewing renewing = outcome.get();
        AccessTokenView old = AccessTokenView.at(renewing.old(), now);
        if (renewing.replacement() == null) {
            return new RenewalResult.AlreadyRevoked(old);
        }
        cache.evict(renewing.old().hash());
        renewing.events().forEach(events::publish);
        return new RenewalResult.Renewed(renewing.replacement(), old);
    }

    private Renewing replace(AccessToken old, RenewAccessTokenCommand command, Optional<Scopes> scopes, Instant now) {
        Instant validUntil = command.validUntil().orElseGet(() -> old.defaultRenewalValidUntil(now, mint.policy()));
        TokenLimits limits = new TokenLimits(scopes.orElse(old.limits().scopes()),
                command.allowedFrom().orElse(old.limits().allowedFrom()));
        GeneratedAccessToken replacement = mint.mint(old.sellerId(), command.requestedBy(), old.note(), validUntil,
                now, limits);
        AccessToken revoked = old.revoke(now);
        tokens.add(replacement.token());
        tokens.saveRevocation(revoked);
        broadcast.announce(revoked.hash());
        List<AuditEvent> recorded = List.of(
                AuditEvent.change(now, AuditEvent.Action.TOKEN_RENEWED, command.requestedBy(), command.sellerId(),
                        old.id(), command.origin()),
                AuditEvent.change(now, AuditEvent.Action.TOKEN_GENERATED, command.requestedBy(), command.sellerId(),
                        replacement.token().id(), command.origin()));
        recorded.forEach(audit::record);
        return new Renewing(revoked, replacement, recorded);
    }

    /** The old token after the transaction, and its replacement and the events recorded if it was renewed. */
    private record Renewing(AccessToken old, GeneratedAccessToken replacement, List<AuditEvent> events) {
    }
}
