package io.sellercenter.accesstokens.application.port.in.authentication;

import io.sellercenter.accesstokens.domain.audit.RequestOrigin;

/**
 * A token secret as presented: by the caller of an API (a use of the token, recorded as its last use, from
 * {@code origin}), or by an internal service asking about it on someone's behalf (not a use), which may say where that
 * someone calls from. Where the call comes from is held to the token's allowlist whenever it is known.
 * {@link #toString()} hides the secret.
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

    /** A question about the token for a call from {@code clientIp}, such as a gateway's introspection. */
    public static TokenPresentation inquiryFor(String secret, String clientIp) {
        return new TokenPresentation(secret, new RequestOrigin(clientIp, null), false);
    }

    /** Whether where the call comes from is known, so that the token's allowlist can be held to it. */
    public boolean knowsWhereFrom() {
        return isUse || origin.clientIp() != null;
    }

    @Override
    public String toString() {
        return "TokenPresentation[" + (isUse ? "call from " + origin.clientIp() : "inquiry") + "]";
    }
}
