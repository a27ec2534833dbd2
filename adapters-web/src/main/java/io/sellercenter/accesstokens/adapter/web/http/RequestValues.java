package io.sellercenter.accesstokens.adapter.web.http;

import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import io.sellercenter.accesstokens.domain.shared.PageRequest;

import java.time.Instant;
import java.time.OffsetDateTime;
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

    public static String format(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
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
