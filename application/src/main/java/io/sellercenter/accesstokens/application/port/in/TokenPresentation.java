package io.sellercenter.accesstokens.application.port.in;

/**
 * A token secret as presented: by the caller of an API, from {@code clientAddress} (a use of the token, recorded as
 * its last use), or by an internal service asking about it on someone's behalf (not a use). {@link #toString()} hides
 * the secret.
 */
public record TokenPresentation(String secret, String clientAddress, boolean isUse) {
    /** A call authenticated with this token, coming from {@code clientAddress} (may be unknown: {@code null}). */
    public static TokenPresentation call(String secret, String clientAddress) {
        return new TokenPresentation(secret, clientAddress, true);
    }

    /** A question about the token, such as introspection: not a use of it. */
    public static TokenPresentation inquiry(String secret) {
        return new TokenPresentation(secret, null, false);
    }

    @Override
    public String toString() {
        return "TokenPresentation[" + (isUse ? "call from " + clientAddress : "inquiry") + "]";
    }
}
