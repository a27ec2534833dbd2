package io.sellercenter.accesstokens.domain.token;

import java.util.Objects;

/** A token just generated, with its secret: the one moment the secret exists outside its owner's hands. */
public record GeneratedAccessToken(AccessToken token, TokenSecret secret) {
    public GeneratedAccessToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(secret, "secret");
    }

    /** Active: a token works from the moment it is generated, since the policy puts its end in the future. */
    public TokenStatus status() {
        return token.statusAt(token.createdAt());
    }
}
