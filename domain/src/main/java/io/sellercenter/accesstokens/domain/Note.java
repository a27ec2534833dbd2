package io.sellercenter.accesstokens.domain;

/** What the seller wrote about a token, for display only: trimmed, at most 255 characters, no control characters. */
public record Note(String text) {
    public static final int MAX_LENGTH = 255;

    public Note {
        text = text == null ? "" : text.strip();
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw new InvalidInput("note", "must be at most " + MAX_LENGTH + " characters");
        }
        if (text.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInput("note", "must not contain control characters");
        }
    }

    public static Note empty() {
        return new Note("");
    }
}
