package io.sellercenter.accesstokens.adapter.web.http;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

/** Instants are written exactly as {@link DateTimeFormatter#ISO_INSTANT} writes them, by either of the two ways. */
class RequestValuesFormatTest {
    private static final long YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();

    @Property(tries = 5000)
    void writesEveryInstantAsTheIsoFormatterDoes(@ForAll("instants") Instant instant) {
        assertThat(RequestValues.format(instant)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant));
    }

    @Example
    void writesTheEdgesOfTheDirectWay() {
        assertThat(RequestValues.format(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00Z");
        assertThat(RequestValues.format(Instant.parse("9999-12-31T23:59:59Z"))).isEqualTo("9999-12-31T23:59:59Z");
        assertThat(RequestValues.format(Instant.parse("2028-02-29T07:05:09Z"))).isEqualTo("2028-02-29T07:05:09Z");
        assertThat(RequestValues.format(Instant.parse("2027-03-01T09:30:00.120Z")))
                .isEqualTo("2027-03-01T09:30:00.120Z");
        assertThat(RequestValues.format(null)).isNull();
    }

    @Provide
    Arbitrary<Instant> instants() {
        Arbitrary<Long> seconds = Arbitraries.oneOf(
                Arbitraries.longs().between(0, YEAR_10000 + 86_400L * 400),
                Arbitraries.longs().between(-86_400L * 366 * 3000, 0),
                Arbitraries.of(0L, -1L, 1L, YEAR_10000 - 1, YEAR_10000, 951_782_400L, 4_107_542_399L));
        Arbitrary<Integer> nanos = Arbitraries.oneOf(Arbitraries.just(0),
                Arbitraries.integers().between(0, 999_999_999), Arbitraries.of(1_000_000, 120_000_000, 1_000, 1));
        return seconds.flatMap(second -> nanos.map(nano -> Instant.ofEpochSecond(second, nano)));
    }
}
