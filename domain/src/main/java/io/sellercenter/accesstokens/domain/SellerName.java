package io.sellercenter.accesstokens.domain;

/** A seller's display name: trimmed, 1 to 200 characters, no control characters. */
public record SellerName(String text) {
    public static final int MAX_LENGTH = 200;

    public SellerName {
        text = text == null ? "" : text.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("name", "is required");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new InvalidInput("name", "must be at most " + MAX_LENGTH + " characters");
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInput("name", "must not contain control characters");
        }
    }
}
