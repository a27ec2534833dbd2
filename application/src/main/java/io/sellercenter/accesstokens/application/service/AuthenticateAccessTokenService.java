package io.sellercenter.accesstokens.application.service;

import io.sellercenter.accesstokens.application.port.in.AuthenticateAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.TokenCheck;
import io.sellercenter.accesstokens.application.port.in.TokenPresentation;
import io.sellercenter.accesstokens.application.port.out.AccessTokenStore;
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
    private final TimeSource time;

    public AuthenticateAccessTokenService(AccessTokenStore tokens, KnownTokenCache cache, TokenUsageRecorder usage,
                                          TimeSource time) {
        this.tokens = tokens;
        this.cache = cache;
        this.usage = usage;
        this.time = time;
    }

    @Override
    public Optional<TokenCheck> checkWithoutIo(TokenPresentation presentation) {
        Optional<TokenSecret> secret = TokenSecret.parse(presentation.secret());
        if (secret.isEmpty()) {
            return Optional.of(new TokenCheck.Malformed());
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
            return new TokenCheck.Unknown();
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
                    usage.recordUse(token.id(), now, presentation.clientAddress());
                }
                yield new TokenCheck.Valid(token);
            }
            case EXPIRED -> new TokenCheck.Expired(token);
            case REVOKED -> new TokenCheck.Revoked(token);
        };
    }
}
