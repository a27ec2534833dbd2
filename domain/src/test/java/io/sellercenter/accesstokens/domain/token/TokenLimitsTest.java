package io.sellercenter.accesstokens.domain.token;

import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenLimitsTest {
    private static final ScopeCatalog CATALOG = new ScopeCatalog(Map.of("orders", "Orders", "stock", "Stock"));

    @Test
    void aWriteScopeIsGrantedWithItsReadScopeAndDuplicatesCollapse() {
        Scopes scopes = Scopes.of(List.of(scope("stock:write"), scope("orders:read"), scope("stock:write")),
                "scopes");

        assertThat(scopes.text()).isEqualTo("orders:read stock:read stock:write");
        assertThat(scopes.listed()).containsExactly("orders:read", "stock:read", "stock:write");
        assertThat(scopes.allows(scope("stock:read"))).isTrue();
        assertThat(scopes.allows(scope("orders:read"))).isTrue();
        assertThat(scopes.allows(scope("orders:write"))).isFalse();
        assertThat(Scopes.restore(scopes.text())).isEqualTo(scopes);
    }

    @Test
    void fullAccessAllowsEverythingAndIsWrittenAsAStar() {
        assertThat(Scopes.fullAccess().allows(scope("anything:write"))).isTrue();
        assertThat(Scopes.fullAccess().text()).isEqualTo("*");
        assertThat(Scopes.fullAccess().listed()).containsExactly("*");
        assertThat(Scopes.restore(null).isFullAccess()).isTrue();
        assertThat(Scopes.restore("*").isFullAccess()).isTrue();
    }

    @Test
    void scopesMustBeWellFormedKnownAndAtLeastOne() {
        for (String bad : new String[]{"orders", "orders:admin", "Orders:read", ":read", "orders:read ", "*"}) {
            assertThatThrownBy(() -> Scope.parse(bad, "scopes")).as(bad).isInstanceOf(InvalidInput.class);
        }
        assertThatThrownBy(() -> Scopes.of(List.of(), "scopes")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("at least one");
        assertThatThrownBy(() -> Scopes.of(Collections.nCopies(Scopes.MAX_LISTED + 1, scope("orders:read")),
                "scopes")).isInstanceOf(InvalidInput.class).hasMessageContaining("at most 100");
        assertThat(Scopes.of(Collections.nCopies(Scopes.MAX_LISTED, scope("orders:read")), "scopes").text())
                .isEqualTo("orders:read");
        assertThatThrownBy(() -> CATALOG.known(List.of(scope("orders:read"), scope("refunds:write"),
                scope("loyalty:read")), "scopes")).isInstanceOf(InvalidInput.class)
                .hasMessage("unknown scopes: loyalty:read, refunds:write");
    }

    @Test
    void anAllowlistNamesAddressesAndRangesOfBothFamilies() {
        AddressAllowlist allowlist = AddressAllowlist.of(List.of("203.0.113.0/24", "198.51.100.7",
                "2001:db8::/32", " 192.0.2.9 "), "allowedIps");

        assertThat(allowlist.allows("203.0.113.7")).isTrue();
        assertThat(allowlist.allows("203.0.114.7")).isFalse();
        assertThat(allowlist.allows("198.51.100.7")).isTrue();
        assertThat(allowlist.allows("198.51.100.8")).isFalse();
        assertThat(allowlist.allows("2001:db8:1::5")).isTrue();
        assertThat(allowlist.allows("2001:db9::5")).isFalse();
        assertThat(allowlist.allows(null)).as("an unknown address").isFalse();
        assertThat(allowlist.allows("example.com")).as("never looked up").isFalse();
        assertThat(allowlist.entries()).containsExactly("203.0.113.0/24", "198.51.100.7", "2001:db8:0:0:0:0:0:0/32",
                "192.0.2.9");
        assertThat(AddressAllowlist.restore(allowlist.text())).isEqualTo(allowlist);
        assertThat(AddressAllowlist.anywhere().allows(null)).isTrue();
    }

    @Test
    void aRangeEndsExactlyAtItsPrefixEvenInsideAByte() {
        AddressAllowlist allowlist = AddressAllowlist.of(List.of("192.0.2.64/26", "2001:db8:8000::/33"), "allowedIps");

        assertThat(allowlist.allows("192.0.2.64")).isTrue();
        assertThat(allowlist.allows("192.0.2.127")).isTrue();
        assertThat(allowlist.allows("192.0.2.63")).isFalse();
        assertThat(allowlist.allows("192.0.2.128")).isFalse();
        assertThat(allowlist.allows("2001:db8:ffff::1")).isTrue();
        assertThat(allowlist.allows("2001:db8:7fff::1")).isFalse();
        assertThat(allowlist.allows("::ffff:192.0.2.64")).as("an IPv4-mapped IPv6 address is read as IPv4").isTrue();
    }

    @Test
    void aRangeIsStoredByItsNetworkAndNothingOpenOrMalformedIsTaken() {
        assertThat(AddressAllowlist.of(List.of("203.0.113.77/24"), "allowedIps").entries())
                .containsExactly("203.0.113.0/24");
        for (String bad : new String[]{"0.0.0.0/0", "::/0", "203.0.113.0/33", "2001:db8::/129", "300.1.1.1",
                "example.com", "203.0.113.0/", "203.0.113.0/x", "", "localhost"}) {
            assertThatThrownBy(() -> AddressAllowlist.of(List.of(bad), "allowedIps")).as(bad)
                    .isInstanceOfSatisfying(InvalidInput.class,
                            refused -> assertThat(refused.field()).isEqualTo("allowedIps"));
        }
        assertThatThrownBy(() -> AddressAllowlist.of(Collections.nCopies(21, "192.0.2.1"), "allowedIps"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("at most 20");
    }

    private static Scope scope(String text) {
        return Scope.parse(text, "scopes");
    }
}
