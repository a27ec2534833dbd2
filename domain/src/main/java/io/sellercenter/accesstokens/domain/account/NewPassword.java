package io.sellercenter.accesstokens.domain.account;

import io.sellercenter.accesstokens.domain.shared.InvalidInput;

/**
 * A password chosen for a user: 12 to 128 characters (counted as Unicode characters, not UTF-16 units). Never printed:
 * {@link #toString()} hides it.
 */
public record NewPassword(String text) {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    public NewPassword {
        if (text == null || text.isEmpty()) {
            throw new InvalidInput("password", "is required");
        }
        int characters = text.codePointCount(0, text.length());
        if (characters < MIN_LENGTH) {
            throw new InvalidInput("password", "must be at least " + MIN_LENGTH + " characters");
        }
        if (characters > MAX_LENGTH) {
            throw new InvalidInput("password", "must be at most " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return "NewPassword[hidden]";
    }
}
