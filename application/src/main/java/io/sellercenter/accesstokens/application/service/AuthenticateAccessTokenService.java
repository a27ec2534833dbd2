package io.sellercenter.accesstokens.application.service;

import io.sellercenter.accesstokens.application.port.in.AuthenticateAccessTokenUseCase;
import io.sellercenter.accesstokens.application.port.in.TokenCheck;
import io.sellercenter.accesstokens.application.port.out.AccessTokenStore;
import io.sellercenter.accesstokens.application.port.out.TimeSource;
import io.sellercenter.accesstokens.domain.AccessToken;
import io.sellercenter.accesstokens.domain.TokenHash;
import io.sellercenter.accesstokens.domain.TokenSecret;

import java.time.Instant;
import java.util.Optional;

/** Checks a presented secret: its shape first, without I/O, then one lookup by hash, then its status right now. */
public final class AuthenticateAccessTokenService implements AuthenticateAccessTokenUseCase {
    private final AccessTokenStore tokens;
    private final TimeSource time;

    public AuthenticateAccessTokenService(AccessTokenStore tokens, TimeSource time) {
        this.tokens = tokens;
        this.time = time;
    }

    @Override
    public TokenCheck check(String presentedSecret) {
        Optional<TokenSecret> secret = TokenSecret.parse(presentedSecret);
        if (secret.isEmpty()) {
            return new TokenCheck.Malformed();
        }
        TokenHash hash = secret.get().hash();
        Optional<AccessToken> found = tokens.findByHash(hash).filter(token -> token.hash().matches(hash));
        if (found.isEmpty()) {
            return new TokenCheck.Unknown();
        }
        AccessToken token = found.get();
        Instant now = time.now();
        return switch (token.statusAt(now)) {
            case ACTIVE -> new TokenCheck.Valid(token);
            case EXPIRED -> new TokenCheck.Expired(token);
            case REVOKED -> new TokenCheck.Revoked(token);
        };
    }
}
