package io.sellercenter.accesstokens.domain.account;

import io.sellercenter.accesstokens.domain.shared.DisplayText;
import io.sellercenter.accesstokens.domain.shared.InvalidInput;

/** A seller's display name: trimmed, 1 to 200 characters, no control characters. */
public record SellerName(String text) {
    public static final int MAX_LENGTH = 200;

    public SellerName {
        text = DisplayText.of("name", text, MAX_LENGTH);
        if (text.isEmpty()) {
            throw new InvalidInput("name", "is required");
        }
    }
}
