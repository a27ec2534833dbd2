package io.sellercenter.accesstokens.application.service.token;

import io.sellercenter.accesstokens.application.port.in.token.GenerateAccessTokenCommand;
import io.sellercenter.accesstokens.application.port.in.token.GenerateAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.out.RandomSource;
import io.sellercenter.accesstokens.application.port.out.TimeSource;
import io.sellercenter.accesstokens.application.port.out.Transactions;
import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.application.port.out.token.TokenEvents;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.token.GeneratedAccessToken;
import io.sellercenter.accesstokens.domain.token.ScopeCatalog;
import io.sellercenter.accesstokens.domain.token.TokenLimits;
import io.sellercenter.accesstokens.domain.token.TokenPolicy;

public final class GenerateAccessTokenService implements GenerateAccessTokenUseCase {
    private final AccessTokenStore tokens;
    private final AuditTrail audit;
    private final TokenEvents events;
    private final TimeSource time;
    private final Transactions transactions;
    private final TokenMint mint;

    public GenerateAccessTokenService(AccessTokenStore tokens, AuditTrail audit, TokenEvents events, TimeSource time,
                                      RandomSource random, TokenPolicy policy, ScopeCatalog catalog,
                                      Transactions transactions) {
        this.tokens = tokens;
        this.audit = audit;
        this.events = events;
        this.time = time;
        this.transactions = transactions;
        this.mint = new TokenMint(random, policy, catalog);
    }

    /** Stores the token and its audit event in one transaction, and tells {@link TokenEvents} once it committed. */
    @Override
    public GeneratedAccessToken generate(GenerateAccessTokenCommand command) {
        TokenLimits limits = new TokenLimits(mint.scopes(command.scopes()), command.allowedFrom());
        GeneratedAccessToken generated = mint.mint(command.sellerId(), command.requestedBy(), command.note(),
                command.validUntil(), time.now(), limits);
        AuditEvent event = AuditEvent.change(generated.token().createdAt(), AuditEvent.Action.TOKEN_GENERATED,
                command.requestedBy(), command.sellerId(), generated.token().id(), command.origin());
        transactions.inTransaction(() -> {
            tokens.add(generated.token());
            audit.record(event);
            return null;
        });
        events.publish(event);
        return generated;
    }
}
