package io.sellercenter.accesstokens.application.port.in.authentication;

import io.sellercenter.accesstokens.domain.audit.RequestOrigin;

/**
 * A token secret as presented: by the caller of an API (a use of the token, recorded as its last use, from
 * {@code origin}), or by an internal service asking about it on someone's behalf (not a use). {@link #toString()} hides
 * the secret.
 */
public record TokenPresentation(String secret, RequestOrigin origin, boolean isUse) {
    public TokenPresentation {
        origin = origin == null ? RequestOrigin.unknown() : origin;
    }

    /** A call authenticated with this token, coming from {@code origin}. */
    public static TokenPresentation call(String secret, RequestOrigin origin) {
        return new TokenPresentation(secret, origin, true);
    }

    /** A question about the token, such as introspection: not a use of it. */
    public static TokenPresentation inquiry(String secret) {
        return new TokenPresentation(secret, RequestOrigin.unknown(), false);
    }

    @Override
    public String toString() {
        return "TokenPresentation[" + (isUse ? "call from " + origin.clientIp() : "inquiry") + "]";
    }
}
