package io.sellercenter.accesstokens.application.port.in.token;

import io.sellercenter.accesstokens.domain.token.AccessToken;

import java.util.Objects;

/** The revoked token, and whether this request revoked it ({@code false} when it was revoked already). */
public record Revocation(AccessToken token, boolean justRevoked) {
    public Revocation {
        Objects.requireNonNull(token, "token");
    }
}
