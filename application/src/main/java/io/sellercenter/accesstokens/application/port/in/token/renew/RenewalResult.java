package io.sellercenter.accesstokens.application.port.in.token.renew;

import io.sellercenter.accesstokens.application.port.in.token.AccessTokenView;
import io.sellercenter.accesstokens.domain.token.GeneratedAccessToken;

/** What came of a renewal. */
public sealed interface RenewalResult {
    /** The replacement, with its secret, and the old token as revoked. */
    record Renewed(GeneratedAccessToken replacement, AccessTokenView revoked) implements RenewalResult {
    }

    /** The token was revoked already, and a revoked token stays ended. */
    record AlreadyRevoked(AccessTokenView token) implements RenewalResult {
    }

    /** The seller has no such token. */
    record NotFound() implements RenewalResult {
    }
}
