package io.sellercenter.accesstokens.domain.token;

import io.sellercenter.accesstokens.domain.shared.Sha256;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Objects;

/** The SHA-256 hash of a token secret, as 64 lowercase hex digits: the only form in which a secret is stored. */
public record TokenHash(String hex) {
    private static final HexFormat HEX = HexFormat.of();

    public TokenHash {
        Objects.requireNonNull(hex, "hex");
        if (!isLowerHex64(hex)) {
            throw new IllegalArgumentException("a token hash is 64 lowercase hex digits");
        }
    }

    static TokenHash of(String secret) {
        return new TokenHash(HEX.formatHex(Sha256.of(secret.getBytes(StandardCharsets.US_ASCII))));
    }

    private static boolean isLowerHex64(String text) {
        if (text.length() != 64) {
            return false;
        }
        for (int i = 0; i < 64; i++) {
            char c = text.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Compares in constant time, so that the time taken says nothing about where two hashes differ. */
    public boolean matches(TokenHash other) {
        return other != null && MessageDigest.isEqual(
                hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
    }
}
