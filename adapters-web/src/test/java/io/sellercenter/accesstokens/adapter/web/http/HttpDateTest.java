package io.sellercenter.accesstokens.adapter.web.http;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The Date header is written as RFC 9110 has it, and anew only when the second changes. */
class HttpDateTest {
    private final AtomicLong millis = new AtomicLong(784_111_777_000L);
    private final HttpDate date = new HttpDate(new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }
    });

    @Test
    void writesTheRfcsOwnExampleWithATwoDigitDay() {
        assertThat(date.now()).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
    }

    @Test
    void writesOncePerSecondAndAnewWhenTheSecondChanges() {
        String first = date.now();
        millis.addAndGet(999);
        assertThat(date.now()).isSameAs(first);

        millis.addAndGet(1);
        assertThat(date.now()).isEqualTo("Sun, 06 Nov 1994 08:49:38 GMT");
        millis.set(1_798_761_599_000L);
        assertThat(date.now()).isEqualTo("Thu, 31 Dec 2026 23:59:59 GMT")
                .isEqualTo(DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.of(2026, 12, 31, 23, 59, 59, 0,
                        ZoneOffset.UTC)));
    }
}
