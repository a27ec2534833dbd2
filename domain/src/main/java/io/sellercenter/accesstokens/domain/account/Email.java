package io.sellercenter.accesstokens.domain.account;

import io.sellercenter.accesstokens.domain.shared.InvalidInput;

import java.util.Locale;
import java.util.regex.Pattern;

/** A user's e-mail address, which is also their sign-in name: trimmed, lower case, at most 254 characters. */
public record Email(String address) {
    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public Email {
        if (address != null && address.codePointCount(0, address.length()) > MAX_LENGTH) {
            throw new InvalidInput("email", "must be an e-mail address of at most " + MAX_LENGTH + " characters");
        }
        address = normalized(address);
        if (address.isEmpty()) {
            throw new InvalidInput("email", "is required");
        }
        if (address.length() > MAX_LENGTH || !SHAPE.matcher(address).matches()) {
            throw new InvalidInput("email", "must be an e-mail address");
        }
    }

    /** Text as e-mails compare: trimmed and in lower case; also for text that may turn out not to be an address. */
    public static String normalized(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return address;
    }
}
