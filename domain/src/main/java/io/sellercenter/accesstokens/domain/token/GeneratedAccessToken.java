package io.sellercenter.accesstokens.domain.token;

import java.util.Objects;

/** A token just generated, with its secret: the one moment the secret exists outside its owner's hands. */
public record GeneratedAccessToken(AccessToken token, TokenSecret secret) {
    public GeneratedAccessToken {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(secret, "secret");
    }
}
