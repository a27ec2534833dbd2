package io.sellercenter.accesstokens.adapter.web.http;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The {@code Date} header's value, as RFC 9110 §5.6.7 has it ({@code Sun, 06 Nov 1994 08:49:37 GMT}), written once a
 * second rather than once a response: Micronaut's own date header formatted it anew for each, 5 to 7% of a token
 * check's CPU in the profile.
 */
final class HttpDate {
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter
            .ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Clock clock;
    private volatile Written last = new Written(Long.MIN_VALUE, "");

    HttpDate(Clock clock) {
        this.clock = clock;
    }

    String now() {
        long second = Math.floorDiv(clock.millis(), 1000L);
        Written known = last;
        if (known.second() != second) {
            known = new Written(second, IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
            last = known;
        }
        return known.text();
    }

    private record Written(long second, String text) {
    }
}
