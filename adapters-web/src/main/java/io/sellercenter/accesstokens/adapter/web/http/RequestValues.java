package io.sellercenter.accesstokens.adapter.web.http;

import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import io.sellercenter.accesstokens.domain.shared.PageRequest;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

/** Reads path, query and body values that arrive as text, refusing bad ones with the name of their field. */
public final class RequestValues {
    private RequestValues() {
    }

    /** An RFC 3339 date-time, which must say its offset from UTC. */
    public static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput(field, "is required");
        }
        try {
            return OffsetDateTime.parse(text.strip(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
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

    static int integer(String field, String text, int defaultValue) {
        if (text == null || text.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(field, "must be a whole number");
        }
    }

    /** Which page of a list: {@code page} from 0 (default 0), {@code size} 1 to 100 (default 20). */
    public static PageRequest pageRequest(String page, String size) {
        return new PageRequest(integer("page", page, 0), integer("size", size, PageRequest.DEFAULT_SIZE));
    }

    public static <E extends Enum<E>> E oneOf(String field, String text, Class<E> type) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }

    public static String format(Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
