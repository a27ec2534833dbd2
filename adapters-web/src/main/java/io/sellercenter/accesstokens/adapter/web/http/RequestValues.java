package io.sellercenter.accesstokens.adapter.web.http;

import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import io.sellercenter.accesstokens.domain.shared.PageRequest;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads path, query and body values that arrive as text, exactly as the contract describes them, refusing bad ones
 * with the name of their field. A query parameter that is given must be valid: an empty one is refused, not ignored.
 */
public final class RequestValues {
    /**
     * RFC 3339 with its offset as {@code Z}, {@code +01:00}, or {@code +0100} (as some generated clients write it).
     */
    private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .toFormatter();
    /** A {@code +} in a query string that the client did not encode arrives as a space. */
    private static final Pattern UNENCODED_PLUS = Pattern.compile(" (?=\\d{2}:?\\d{2}$)");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,10}");
    private static final long LAST_SECOND_OF_9999 = Instant.parse("9999-12-31T23:59:59Z").getEpochSecond();

    private RequestValues() {
    }

    /** An RFC 3339 date-time, which must say its offset from UTC. */
    public static Instant instant(String field, String text) {
        if (text == null) {
            throw new InvalidInput(field, "is required");
        }
        try {
            return OffsetDateTime.parse(UNENCODED_PLUS.matcher(text).replaceFirst("+"), DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be an RFC 3339 date-time with an offset, e.g. 2027-03-01T09:30:00Z");
        }
    }

    public static UUID uuid(String field, String text) {
        try {
            if (text != null && text.length() == 36) {
                return UUID.fromString(text);
            }
        } catch (IllegalArgumentException e) {
            // falls through to the refusal below
        }
        throw new InvalidInput(field, "must be a UUID");
    }

    /** Which page of a list: {@code page} from 0 (default 0), {@code size} 1 to 100 (default 20). */
    public static PageRequest pageRequest(Optional<String> page, Optional<String> size) {
        return new PageRequest(page.map(text -> integer("page", text)).orElse(0),
                size.map(text -> integer("size", text)).orElse(PageRequest.DEFAULT_SIZE));
    }

    /** One of an enum's values, written exactly as the contract lists it. */
    public static <E extends Enum<E>> E oneOf(String field, String text, Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).filter(value -> value.name().equals(text)).findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be one of "
                        + Arrays.toString(type.getEnumConstants())));
    }

    /**
     * RFC 3339 in UTC, exactly as {@link DateTimeFormatter#ISO_INSTANT} writes it. Whole seconds from 1970 to 9999, as
     * every expiry a seller chooses, are written directly: every token-checked response carries its expiry, and the
     * formatter's general machinery cost a {@code /me} call 5% of its time (docs/performance.md).
     */
    public static String format(Instant instant) {
        if (instant == null) {
            return null;
        }
        long seconds = instant.getEpochSecond();
        if (instant.getNano() != 0 || seconds < 0 || seconds > LAST_SECOND_OF_9999) {
            return DateTimeFormatter.ISO_INSTANT.format(instant);
        }
        LocalDateTime at = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        char[] text = {'0', '0', '0', '0', '-', '0', '0', '-', '0', '0', 'T', '0', '0', ':', '0', '0', ':', '0', '0',
                'Z'};
        digits(text, 0, 4, at.getYear());
        digits(text, 5, 2, at.getMonthValue());
        digits(text, 8, 2, at.getDayOfMonth());
        digits(text, 11, 2, at.getHour());
        digits(text, 14, 2, at.getMinute());
        digits(text, 17, 2, at.getSecond());
        return new String(text);
    }

    private static void digits(char[] text, int from, int width, int value) {
        for (int i = from + width - 1; i >= from; i--, value /= 10) {
            text[i] = (char) ('0' + value % 10);
        }
    }

    private static int integer(String field, String text) {
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            throw new InvalidInput(field, "must be a whole number");
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "must be a whole number");
        }
    }
}
