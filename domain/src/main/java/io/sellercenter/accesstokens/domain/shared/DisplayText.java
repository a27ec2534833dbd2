package io.sellercenter.accesstokens.domain.shared;

/** The rules shared by texts people write for display: trimmed, limited in length, no control characters. */
public final class DisplayText {
    private DisplayText() {
    }

    /** {@code text} trimmed ({@code null} as empty), or {@link InvalidInput} on {@code field} when it breaks a rule. */
    public static String of(String field, String text, int maxLength) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            throw new InvalidInput(field, "must be at most " + maxLength + " characters");
        }
        if (trimmed.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInput(field, "must not contain control characters");
        }
        return trimmed;
    }
}
