package io.sellercenter.accesstokens.domain.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256 with one digest per thread: token secrets, introspection clients' secrets and sign-in e-mails are hashed on
 * every call that brings them, and looking the algorithm up costs more than hashing such short texts.
 */
public final class Sha256 {
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    });

    private Sha256() {
    }

    /** The 32-byte SHA-256 digest of {@code bytes}. */
    public static byte[] of(byte[] bytes) {
        return DIGEST.get().digest(bytes);
    }
}
