package io.sellercenter.accesstokens.application.port.in.token;

import io.sellercenter.accesstokens.domain.token.AccessToken;
import io.sellercenter.accesstokens.domain.token.TokenStatus;

import java.time.Instant;
import java.util.Objects;

/**
 * A token as a seller admin sees it: the token and where it stands, decided once against the clock by the use case
 * that answers, so that what a list filtered by status shows is what it filtered by.
 */
public record AccessTokenView(AccessToken token, TokenStatus status) {
    public AccessTokenView {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(status, "status");
    }

    public static AccessTokenView at(AccessToken token, Instant now) {
        return new AccessTokenView(token, token.statusAt(now));
    }
}
