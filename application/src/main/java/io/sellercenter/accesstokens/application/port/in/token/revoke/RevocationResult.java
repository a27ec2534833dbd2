package io.sellercenter.accesstokens.application.port.in.token.revoke;

import io.sellercenter.accesstokens.application.port.in.token.AccessTokenView;

/** What came of a revocation. */
public sealed interface RevocationResult {
    /** This request revoked the token; it is shown as revoked. */
    record Revoked(AccessTokenView token) implements RevocationResult {
    }

    /** The token was revoked already, and stays exactly as it was. */
    record AlreadyRevoked(AccessTokenView token) implements RevocationResult {
    }

    /** The seller has no such token. */
    record NotFound() implements RevocationResult {
    }
}
