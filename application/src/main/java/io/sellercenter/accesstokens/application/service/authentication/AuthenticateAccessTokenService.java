package io.sellercenter.accesstokens.application.service.authentication;

import io.sellercenter.accesstokens.application.port.in.authentication.AuthenticateAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenCheck;
import io.sellercenter.accesstokens.application.port.in.authentication.TokenPresentation;
import io.sellercenter.accesstokens.application.port.out.TimeSource;
import io.sellercenter.accesstokens.application.port.out.audit.AuditTrail;
import io.sellercenter.accesstokens.application.port.out.token.AccessTokenStore;
import io.sellercenter.accesstokens.application.port.out.token.KnownTokenCache;
import io.sellercenter.accesstokens.application.port.out.token.TokenUsageRecorder;
import io.sellercenter.accesstokens.domain.audit.AuditEvent;
import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.TokenHash;
import io.sellercenter.accesstokens.domain.token.TokenSecret;
import io.sellercenter.accesstokens.domain.token.TokenStatus;

import java.time.Instant;
import java.util.Optional;

/**
 * Checks a presented secret: its shape first, without I/O; then the cache of known tokens (and of hashes known to
 * match none); then one lookup by hash, whose answer is cached whatever it is. Whatever the source, the token's status
 * is decided against the clock on every check, so a cached token stops working exactly at its {@code validUntil}.
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
        this.cache = cache;
        this.usage = usage;
        this.audit = audit;
        this.time = time;
    }

    @Override
    public Optional<TokenCheck> checkWithoutIo(TokenPresentation presentation) {
        Optional<TokenSecret> secret = TokenSecret.parse(presentation.secret());
        return secret.isEmpty() ? Optional.of(malformed(presentation)) : fromCache(secret.get().hash(), presentation);
    }

    @Override
    public Optional<TokenCheck.Valid> acceptWithoutIo(TokenPresentation presentation) {
        Optional<TokenSecret> secret = TokenSecret.parse(presentation.secret());
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        var now = time.now();
        return cached(secret.get().hash()).filter(token -> accepts(token, presentation, now))
                .map(token -> accepted(token, presentation, now));
    }

    /** The same checks as {@link #checkWithoutIo}, then one lookup by hash when the cache does not know the token. */
    @Override
    public TokenCheck check(TokenPresentation presentation) {
        Optional<TokenSecret> secret = TokenSecret.parse(presentation.secret());
        if (secret.isEmpty()) {
            return malformed(presentation);
        }
        TokenHash hash = secret.get().hash();
        Optional<TokenCheck> cached = fromCache(hash, presentation);
        if (cached.isPresent()) {
            return cached.get();
        }
        long stamp = cache.stamp();
        Optional<AccessToken> found = tokens.findByHash(hash).filter(token -> token.hash().matches(hash));
        if (found.isEmpty()) {
            cache.putUnknown(hash);
            return unknown(presentation);
        }
        cache.put(found.get(), stamp);
        return judge(found.get(), presentation);
    }

    private Optional<TokenCheck> fromCache(TokenHash hash, TokenPresentation presentation) {
        if (cache.isKnownUnknown(hash)) {
            return Optional.of(unknown(presentation));
        }
        return cached(hash).map(token -> judge(token, presentation));
    }

    /** The cached token with this hash, its stored hash compared in constant time. */
    private Optional<AccessToken> cached(TokenHash hash) {
        return cache.get(hash).filter(token -> token.hash().matches(hash));
    }

    private TokenCheck unknown(TokenPresentation presentation) {
        return refused(new TokenCheck.Unknown(), null, AuditEvent.Outcome.UNKNOWN, presentation);
    }

    private TokenCheck judge(AccessToken token, TokenPresentation presentation) {
        var now = time.now();
        if (accepts(token, presentation, now)) {
            return accepted(token, presentation, now);
        }
        return switch (token.statusAt(now)) {
            case ACTIVE -> refused(new TokenCheck.NotAllowedFrom(token), token, AuditEvent.Outcome.ADDRESS_NOT_ALLOWED,
                    presentation);
            case EXPIRED -> refused(new TokenCheck.Expired(token), token, AuditEvent.Outcome.EXPIRED, presentation);
            case REVOKED -> refused(new TokenCheck.Revoked(token), token, AuditEvent.Outcome.REVOKED, presentation);
        };
    }

    /** Whether the token is active at {@code now} and usable from where it is presented, when that is known. */
    private static boolean accepts(AccessToken token, TokenPresentation presentation, Instant now) {
        return token.statusAt(now) == TokenStatus.ACTIVE
                && (!presentation.knowsWhereFrom() || token.isUsableFrom(presentation.origin().clientIp()));
    }

    private TokenCheck.Valid accepted(AccessToken token, TokenPresentation presentation, Instant now) {
        if (presentation.isUse()) {
            usage.recordUse(token.id(), now, presentation.origin().clientIp());
        }
        return new TokenCheck.Valid(token);
    }

    private TokenCheck malformed(TokenPresentation presentation) {
        return refused(new TokenCheck.Malformed(), null, AuditEvent.Outcome.MALFORMED, presentation);
    }

    /**
     * Notes a refused call in the audit trail, off the request path, with the token when there is one; inquiries are
     * the asker's business.
     */
    private TokenCheck refused(TokenCheck check, AccessToken token, AuditEvent.Outcome outcome,
                               TokenPresentation presentation) {
        if (presentation.isUse()) {
            audit.recordSoon(new AuditEvent(time.now(), AuditEvent.Action.TOKEN_AUTHENTICATION_FAILED,
                    token == null ? null : AuditEvent.token(token.id()), token == null ? null : token.sellerId(),
                    token == null ? null : token.id(), presentation.origin(), outcome));
        }
        return check;
    }
}
