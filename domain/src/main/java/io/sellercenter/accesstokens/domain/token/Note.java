package io.sellercenter.accesstokens.domain.token;

import io.sellercenter.accesstokens.domain.shared.DisplayText;

/** What the seller wrote about a token, for display only: trimmed, at most 255 characters, no control characters. */
public record Note(String text) {
    public static final int MAX_LENGTH = 255;

    public Note {
        text = DisplayText.of("note", text, MAX_LENGTH);
    }

    public static Note empty() {
        return new Note("");
    }
}
