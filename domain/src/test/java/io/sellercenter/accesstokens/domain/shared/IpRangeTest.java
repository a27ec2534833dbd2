package io.sellercenter.accesstokens.domain.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A range is read from a literal and a prefix within its bits, kept by its network, and matched to the bit. */
class IpRangeTest {
    @Test
    void aRangeIsKeptByItsNetworkAndWrittenCanonically() {
        assertThat(IpRange.parse(" 203.0.113.77/24 ")).hasValueSatisfying(range -> {
            assertThat(range).hasToString("203.0.113.0/24").isEqualTo(IpRange.parse("203.0.113.0/24").orElseThrow());
            assertThat(range.prefix()).isEqualTo(24);
        });
        assertThat(IpRange.parse("2001:DB8:0:0::1")).hasValueSatisfying(range ->
                assertThat(range).hasToString("2001:db8:0:0:0:0:0:1"));
        assertThat(IpRange.parse("0.0.0.0/0").orElseThrow().prefix()).isZero();
    }

    @Test
    void onlyALiteralWithAPrefixWithinItsBitsIsARange() {
        for (String bad : new String[]{"203.0.113.0/33", "2001:db8::/129", "203.0.113.0/", "203.0.113.0/x",
                "203.0.113.0/+8", "203.0.113.1:80", "[2001:db8::1]", "example.com", "", " ", "300.1.1.1"}) {
            assertThat(IpRange.parse(bad)).as(bad).isEmpty();
        }
        assertThat(IpRange.parse(null)).isEmpty();
    }

    @Test
    void containsIsPreciseToTheBitAndKeepsTheFamiliesApart() {
        IpRange range = IpRange.parse("172.16.0.0/12").orElseThrow();

        assertThat(range.contains(IpLiteral.parse("172.31.255.255").orElseThrow())).isTrue();
        assertThat(range.contains(IpLiteral.parse("172.32.0.0").orElseThrow())).isFalse();
        assertThat(range.contains(IpLiteral.parse("::ac10:1").orElseThrow())).isFalse();
        assertThat(IpRange.parse("2001:db8:8000::/33").orElseThrow()
                .contains(IpLiteral.parse("2001:db8:ffff::1").orElseThrow())).isTrue();
    }
}
