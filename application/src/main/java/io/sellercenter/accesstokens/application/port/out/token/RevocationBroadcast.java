package io.sellercenter.accesstokens.application.port.out.token;

import io.sellercenter.accesstokens.domain.token.TokenHash;

/**
 * Tells every node that a token was revoked, so that each drops it from its {@link KnownTokenCache}. Called inside
 * the revoking transaction: the announcement goes out when, and only if, the revocation commits.
 */
@FunctionalInterface
public interface RevocationBroadcast {
    void announce(TokenHash revoked);
}
