package io.sellercenter.accesstokens.adapter.web.http;

import io.sellercenter.accesstokens.domain.shared.IpRange;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OriginsTest {
    private static final Origins BEHIND_PROXIES = new Origins(List.of("10.0.0.0/8", " 192.0.2.7 ", "fd00::/8"));

    @Test
    void withoutTrustedProxiesTheClientIsThePeerWhateverItClaims() {
        Origins direct = new Origins(List.of());

        assertThat(direct.clientBehind(address("10.1.2.3"), List.of("203.0.113.9"))).isEqualTo(address("10.1.2.3"));
    }

    @Test
    void aTrustedPeerVouchesForTheNearestHopOfTheChain() {
        assertThat(BEHIND_PROXIES.clientBehind(address("10.1.2.3"), List.of("198.51.100.1, 203.0.113.9")))
                .isEqualTo(address("203.0.113.9"));
    }

    @Test
    void trustedHopsAreWalkedBackThroughAcrossHeaders() {
        assertThat(BEHIND_PROXIES.clientBehind(address("10.1.2.3"),
                List.of("198.51.100.1", "203.0.113.9, 192.0.2.7", "10.9.9.9"))).isEqualTo(address("203.0.113.9"));
    }

    @Test
    void anUntrustedPeerIsTheClientEvenWhenItForwards() {
        assertThat(BEHIND_PROXIES.clientBehind(address("198.51.100.5"), List.of("203.0.113.9")))
                .isEqualTo(address("198.51.100.5"));
    }

    @Test
    void aHopThatIsNotAnAddressEndsTheWalkAtTheLastAddressVouchedFor() {
        assertThat(BEHIND_PROXIES.clientBehind(address("10.1.2.3"), List.of("203.0.113.9, unknown")))
                .isEqualTo(address("10.1.2.3"));
        assertThat(BEHIND_PROXIES.clientBehind(address("10.1.2.3"), List.of("")))
                .isEqualTo(address("10.1.2.3"));
    }

    @Test
    void portsAndBracketsAreDroppedAndIpv6RangesMatch() {
        assertThat(BEHIND_PROXIES.clientBehind(address("fd12::1"), List.of("[2001:db8::1]:443")))
                .isEqualTo(address("2001:db8::1"));
        assertThat(BEHIND_PROXIES.clientBehind(address("10.0.0.1"), List.of("203.0.113.9:51000")))
                .isEqualTo(address("203.0.113.9"));
    }

    @Test
    void onlyWrittenOutAddressesAreTakenNeverNamesThatWouldNeedDns() {
        assertThat(Origins.literal("localhost")).isEmpty();
        assertThat(Origins.literal("cafe.be")).isEmpty();
        assertThat(Origins.literal("999.1.1.1")).isEmpty();
        assertThat(Origins.literal("1.2.3")).isEmpty();
        assertThat(Origins.literal("::ffff:zz")).isEmpty();
        assertThat(Origins.literal("203.0.113.9")).contains(address("203.0.113.9"));
        assertThat(Origins.literal("010.0.0.1")).as("a leading zero some readers take for octal").isEmpty();
    }

    @Test
    void rangesArePreciseToTheBit() {
        IpRange range = IpRange.parse("172.16.0.0/12").orElseThrow();

        assertThat(range.contains(address("172.31.255.255").getAddress())).isTrue();
        assertThat(range.contains(address("172.32.0.0").getAddress())).isFalse();
        assertThat(range.contains(address("::1").getAddress())).isFalse();
        assertThat(IpRange.parse("0.0.0.0/0").orElseThrow().contains(address("8.8.8.8").getAddress())).isTrue();
    }

    @Test
    void aMistypedTrustedProxyStopsTheServiceFromStarting() {
        assertThatThrownBy(() -> new Origins(List.of("10.0.0.0/33"))).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> new Origins(List.of("proxy.internal"))).hasMessageContaining("proxy.internal");
        assertThatThrownBy(() -> new Origins(List.of("10.0.0.0/x"))).hasMessageContaining("10.0.0.0/x");
        assertThatThrownBy(() -> new Origins(List.of("10.0.0.1:80"))).as("a port is no part of a proxy's address")
                .hasMessageContaining("10.0.0.1:80");
    }

    private static InetAddress address(String literal) {
        return Origins.literal(literal).orElseThrow();
    }
}
