package io.sellercenter.accesstokens.domain.token;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntUnaryOperator;
import java.util.zip.CRC32;

/**
 * The secret a client sends to authenticate: {@code sct_}, 30 random base62 characters and 6 base62 characters of the
 * CRC32 of those 30, 40 characters in all (about 178 random bits). The checksum lets a mistyped or made-up token be
 * refused without any lookup, and lets secret scanners recognise leaked tokens. Shown to its owner once; never
 * printed: {@link #toString()} hides it.
 */
public final class TokenSecret {
    public static final String PREFIX = "sct_";
    public static final int LENGTH = 40;
    static final int RANDOM_LENGTH = 30;
    static final int CHECKSUM_LENGTH = 6;
    private static final int HINT_LENGTH = 4;
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final String value;

    private TokenSecret(String value) {
        this.value = value;
    }

    /**
     * Draws a new secret.
     *
     * @param randomBelow a cryptographically strong source: given {@code n}, a uniformly random int in {@code [0, n)}
     */
    public static TokenSecret generate(IntUnaryOperator randomBelow) {
        StringBuilder random = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            random.append(BASE62.charAt(randomBelow.applyAsInt(BASE62.length())));
        }
        return new TokenSecret(PREFIX + random + checksum(random));
    }

    /** Reads a presented secret; empty when its prefix, length, alphabet or checksum is wrong. */
    public static Optional<TokenSecret> parse(String presented) {
        if (presented == null || presented.length() != LENGTH || !presented.startsWith(PREFIX)) {
            return Optional.empty();
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            if (!isBase62(presented.charAt(i))) {
                return Optional.empty();
            }
        }
        String random = presented.substring(PREFIX.length(), PREFIX.length() + RANDOM_LENGTH);
        String checksum = presented.substring(PREFIX.length() + RANDOM_LENGTH);
        return checksum.equals(checksum(random)) ? Optional.of(new TokenSecret(presented)) : Optional.empty();
    }

    private static boolean isBase62(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static String checksum(CharSequence random) {
        CRC32 crc = new CRC32();
        crc.update(random.toString().getBytes(StandardCharsets.US_ASCII));
        long remaining = crc.getValue();
        char[] digits = new char[CHECKSUM_LENGTH];
        for (int i = CHECKSUM_LENGTH - 1; i >= 0; i--) {
            digits[i] = BASE62.charAt((int) (remaining % BASE62.length()));
            remaining /= BASE62.length();
        }
        return new String(digits);
    }

    /** The secret itself, for the one response that hands it over. */
    public String reveal() {
        return value;
    }

    public TokenHash hash() {
        return TokenHash.of(value);
    }

    /** What may be shown of the secret later: its prefix and first 4 characters, e.g. {@code sct_Ab12…}. */
    public String hint() {
        return value.substring(0, PREFIX.length() + HINT_LENGTH) + "…";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TokenSecret that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return "TokenSecret[" + hint() + "]";
    }
}
