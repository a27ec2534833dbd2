package io.sellercenter.accesstokens.application.service;

import io.sellercenter.accesstokens.application.port.in.AuthenticateAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.TokenCheck;
import io.sellercenter.accesstokens.application.port.in.TokenPresentation;
import io.sellercenter.accesstokens.application.port.in.AuditEvent;
import io.sellercenter.accesstokens.application.port.out.AccessTokenStore;
import io.sellercenter.accesstokens.application.port.out.AuditTrail;
import io.sellercenter.accesstokens.application.port.out.KnownTokenCache;
import io.sellercenter.accesstokens.application.port.out.TimeSource;
import io.sellercenter.accesstokens.application.port.out.TokenUsageRecorder;
import io.sellercenter.accesstokens.domain.AccessToken;
import io.sellercenter.accesstokens.domain.TokenHash;
import io.sellercenter.accesstokens.domain.TokenSecret;

import java.util.Optional;

/**
 * Checks a presented secret: its shape first, without I/O; then the cache of known tokens; then one lookup by hash.
 * Whatever the source, the token's status is decided against the clock on every check, so a cached token stops working
 * exactly at its {@code validUntil}.
 */
public final class AuthenticateAccessTokenService implements AuthenticateAccessTokenUseCase {
    private final AccessTokenStore tokens;
    private final KnownTokenCache cache;
    private final TokenUsageRecorder usage;
    private final AuditTrail audit;
    private final TimeSource time;

    public AuthenticateAccessTokenService(AccessTokenStore tokens, KnownTokenCache cache, TokenUsageRecorder usage,
                                          AuditTrail audit, TimeSource time) {
        this.tokens = tokens;
        this.audit = audit;
        this.cache = cache;
        this.usage = usage;
        this.time = time;
    }

    @Override
    public Optional<TokenCheck> checkWithoutIo(TokenPresentation presentation) {
        Optional<TokenSecret> secret = TokenSecret.parse(presentation.secret());
        if (secret.isEmpty()) {
            return Optional.of(refused(new TokenCheck.Malformed(), presentation));
        }
        TokenHash hash = secret.get().hash();
        return cache.get(hash).filter(token -> token.hash().matches(hash)).map(token -> judge(token, presentation));
    }

    @Override
    public TokenCheck check(TokenPresentation presentation) {
        Optional<TokenCheck> withoutIo = checkWithoutIo(presentation);
        if (withoutIo.isPresent()) {
            return withoutIo.get();
        }
        TokenHash hash = TokenSecret.parse(presentation.secret()).orElseThrow().hash();
        long stamp = cache.stamp();
        Optional<AccessToken> found = tokens.findByHash(hash).filter(token -> token.hash().matches(hash));
        if (found.isEmpty()) {
            return refused(new TokenCheck.Unknown(), presentation);
        }
        if (!found.get().isRevoked()) {
            cache.put(found.get(), stamp);
        }
        return judge(found.get(), presentation);
    }

    private TokenCheck judge(AccessToken token, TokenPresentation presentation) {
        var now = time.now();
        return switch (token.statusAt(now)) {
            case ACTIVE -> {
                if (presentation.isUse()) {
                    usage.recordUse(token.id(), now, presentation.origin().clientIp());
                }
                yield new TokenCheck.Valid(token);
            }
            case EXPIRED -> refused(new TokenCheck.Expired(token), presentation);
            case REVOKED -> refused(new TokenCheck.Revoked(token), presentation);
        };
    }

    /** Notes a refused call in the audit trail, off the request path; inquiries are the asker's business. */
    private TokenCheck refused(TokenCheck check, TokenPresentation presentation) {
        if (!presentation.isUse()) {
            return check;
        }
        AccessToken token = check instanceof TokenCheck.Expired expired ? expired.token()
                : check instanceof TokenCheck.Revoked revoked ? revoked.token() : null;
        AuditEvent.Outcome outcome = check instanceof TokenCheck.Malformed ? AuditEvent.Outcome.MALFORMED
                : check instanceof TokenCheck.Unknown ? AuditEvent.Outcome.UNKNOWN
                : check instanceof TokenCheck.Expired ? AuditEvent.Outcome.EXPIRED : AuditEvent.Outcome.REVOKED;
        audit.recordSoon(new AuditEvent(time.now(), AuditEvent.Action.TOKEN_AUTHENTICATION_FAILED,
                token == null ? null : AuditEvent.token(token.id()), token == null ? null : token.sellerId(),
                token == null ? null : token.id(), presentation.origin(), outcome));
        return check;
    }
}
