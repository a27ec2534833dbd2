package io.sellercenter.accesstokens.application.port.in.authentication;

import io.sellercenter.accesstokens.domain.token.AccessToken;

/** The verdict on a presented token secret. Only {@link Valid} lets a call through. */
public sealed interface TokenCheck {
    record Valid(AccessToken token) implements TokenCheck {
    }

    /** Not a token at all: wrong prefix, length, alphabet or checksum. Decided without any lookup. */
    record Malformed() implements TokenCheck {
    }

    /** Well formed, but no such token was ever generated. */
    record Unknown() implements TokenCheck {
    }

    record Expired(AccessToken token) implements TokenCheck {
    }

    record Revoked(AccessToken token) implements TokenCheck {
    }

    /** Active, but presented from an address its allowlist does not name. */
    record NotAllowedFrom(AccessToken token) implements TokenCheck {
    }
}
