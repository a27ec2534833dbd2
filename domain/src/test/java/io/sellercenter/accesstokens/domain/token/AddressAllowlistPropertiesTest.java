package io.sellercenter.accesstokens.domain.token;

import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An address is read as the allowlist has always read it: a dotted quad whose parts are 0 to 255 without leading zeros,
 * or something IPv6-shaped, taken by {@link InetAddress} once a pattern had let it through. That reading is the
 * reference here.
 */
class AddressAllowlistPropertiesTest {
    private static final Pattern DOTTED_QUAD =
            Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_SHAPED = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final AddressAllowlist EVERY_IPV4 = AddressAllowlist.of(List.of("0.0.0.0/1", "128.0.0.0/1"), "ips");

    @Property(tries = 5000)
    void aClientAddressIsAnIpv4AddressExactlyWhenTheReferenceReadsOne(@ForAll("addresses") String client) {
        assertThat(EVERY_IPV4.allows(client)).as(client).isEqualTo(isIpv4(client));
    }

    /** Entries are read without the blanks around them; a range (with a {@code /}) is left to the other tests. */
    @Property(tries = 2000)
    void anEntryIsReadAsTheSameAddressAsTheReferenceReads(@ForAll("addresses") String entry) throws Exception {
        String stripped = entry.strip();
        if (isIpv4(stripped)) {
            String canonical = InetAddress.getByName(stripped).getHostAddress();
            assertThat(AddressAllowlist.of(List.of(entry), "ips").entries()).containsExactly(canonical);
            assertThat(AddressAllowlist.of(List.of(stripped + "/32"), "ips").allows(canonical)).isTrue();
        } else if (reference(stripped) == null && stripped.indexOf('/') < 0) {
            assertThatThrownBy(() -> AddressAllowlist.of(List.of(entry), "ips")).as(entry)
                    .isInstanceOf(InvalidInput.class);
        }
    }

    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<String> part = Arbitraries.oneOf(Arbitraries.integers().between(0, 255).map(String::valueOf),
                Arbitraries.integers().between(0, 999).map(String::valueOf),
                Arbitraries.strings().withChars("0123456789").ofMinLength(0).ofMaxLength(4));
        Arbitrary<String> quads = part.list().ofMinSize(1).ofMaxSize(6).map(parts -> String.join(".", parts));
        return Arbitraries.oneOf(quads, quads,
                Arbitraries.strings().withChars("0123456789.").ofMaxLength(18),
                Combinators.combine(quads, Arbitraries.strings().withChars("0123456789. x:/-+").ofMaxLength(3))
                        .as(String::concat),
                Arbitraries.of("", ".", "1.2.3.4.", ".1.2.3.4", "1..2.3", "255.255.255.255", "256.1.1.1", "01.2.3.4",
                        "0.0.0.0", "1.2.3.04", "::ffff:1.2.3.4", "localhost", "1.2.3.4 ", " 1.2.3.4", "１.2.3.4"));
    }

    private static boolean isIpv4(String text) {
        byte[] address = reference(text);
        return address != null && address.length == 4;
    }

    private static byte[] reference(String text) {
        if (!(DOTTED_QUAD.matcher(text).matches() || (text.indexOf(':') >= 0 && IPV6_SHAPED.matcher(text).matches()))) {
            return null;
        }
        try {
            return InetAddress.getByName(text).getAddress();
        } catch (UnknownHostException notAnAddress) {
            return null;
        }
    }
}
