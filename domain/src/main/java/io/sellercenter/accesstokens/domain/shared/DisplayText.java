package io.sellercenter.accesstokens.domain.shared;

/**
 * The rules shared by texts people write for display: at most so many characters (as given, spaces included), no
 * control characters, and trimmed of spaces of any kind (so that a text of spaces only is empty).
 */
public final class DisplayText {
    private DisplayText() {
    }

    /** {@code text} trimmed ({@code null} as empty), or {@link InvalidInput} on {@code field} when it breaks a rule. */
    public static String of(String field, String text, int maxLength) {
        String given = text == null ? "" : text;
        if (given.codePointCount(0, given.length()) > maxLength) {
            throw new InvalidInput(field, "must be at most " + maxLength + " characters");
        }
        if (given.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidInput(field, "must not contain control characters");
        }
        if (!isWellFormed(given)) {
            throw new InvalidInput(field, "must be Unicode text: a lone surrogate is not a character");
        }
        return trim(given);
    }

    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == 0xFEFF;
    }

    private static boolean isWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
