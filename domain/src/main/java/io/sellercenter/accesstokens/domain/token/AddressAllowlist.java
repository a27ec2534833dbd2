package io.sellercenter.accesstokens.domain.token;

import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import io.sellercenter.accesstokens.domain.shared.IpLiteral;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * Where a token may be used from: up to {@value #MAX_ENTRIES} IPv4 or IPv6 addresses or CIDR ranges, or anywhere when
 * empty. A range must narrow something: {@code /0} is refused. Only address literals are read, never host names, so
 * nothing here looks anything up.
 */
public final class AddressAllowlist {
    public static final int MAX_ENTRIES = 20;
    private static final AddressAllowlist ANYWHERE = new AddressAllowlist(List.of());

    private final List<Range> ranges;
    private final List<String> entries;

    private AddressAllowlist(List<Range> ranges) {
        this.ranges = ranges;
        this.entries = ranges.stream().map(Range::text).toList();
    }

    public static AddressAllowlist anywhere() {
        return ANYWHERE;
    }

    /** The entries as given ({@code 203.0.113.7}, {@code 203.0.113.0/24}, {@code 2001:db8::/32}), each checked. */
    public static AddressAllowlist of(Collection<String> entries, String field) {
        if (entries.size() > MAX_ENTRIES) {
            throw new InvalidInput(field, "at most " + MAX_ENTRIES + " addresses or ranges");
        }
        LinkedHashSet<Range> ranges = new LinkedHashSet<>();
        for (String entry : entries) {
            ranges.add(Range.parse(entry, field));
        }
        return new AddressAllowlist(List.copyOf(ranges));
    }

    /** As stored: the entries separated by spaces; empty or null for anywhere. */
    public static AddressAllowlist restore(String stored) {
        return stored == null || stored.isBlank() ? ANYWHERE : of(List.of(stored.split(" ")), "allowedIps");
    }

    public boolean isAnywhere() {
        return ranges.isEmpty();
    }

    /** Whether a call from {@code clientIp} (an address literal, or null when unknown) may use the token. */
    public boolean allows(String clientIp) {
        if (ranges.isEmpty()) {
            return true;
        }
        Optional<byte[]> client = IpLiteral.parse(clientIp);
        if (client.isEmpty()) {
            return false;
        }
        for (Range range : ranges) {
            if (range.contains(client.get())) {
                return true;
            }
        }
        return false;
    }

    /** The entries, written canonically ({@code 203.0.113.0/24}; a single address without a prefix). */
    public List<String> entries() {
        return entries;
    }

    /** Space-separated, for storing. */
    public String text() {
        return String.join(" ", entries());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressAllowlist that && ranges.equals(that.ranges);
    }

    @Override
    public int hashCode() {
        return ranges.hashCode();
    }

    @Override
    public String toString() {
        return isAnywhere() ? "anywhere" : text();
    }

    /** A network: its first address and how many leading bits fix it. */
    private record Range(byte[] network, int prefix) {
        static Range parse(String entry, String field) {
            String text = entry == null ? "" : entry.strip();
            int slash = text.indexOf('/');
            Optional<byte[]> address = IpLiteral.parse(slash < 0 ? text : text.substring(0, slash));
            if (address.isEmpty()) {
                throw new InvalidInput(field, "must be IP addresses or CIDR ranges, such as 203.0.113.0/24");
            }
            int bits = address.get().length * 8;
            int prefix = bits;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException notANumber) {
                    throw new InvalidInput(field, "must be IP addresses or CIDR ranges, such as 203.0.113.0/24");
                }
                if (prefix < 1 || prefix > bits) {
                    throw new InvalidInput(field, "a range's prefix must be from 1 to " + bits
                            + " (a /0 range allows everyone)");
                }
            }
            return new Range(masked(address.get(), prefix), prefix);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            if (!Arrays.equals(address, 0, whole, network, 0, whole)) {
                return false;
            }
            int rest = prefix % 8;
            return rest == 0 || ((address[whole] ^ network[whole]) & (0xFF << (8 - rest))) == 0;
        }

        String text() {
            try {
                String address = InetAddress.getByAddress(network).getHostAddress();
                return prefix == network.length * 8 ? address : address + "/" + prefix;
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        }

        private static byte[] masked(byte[] address, int prefix) {
            byte[] masked = address.clone();
            for (int bit = prefix; bit < masked.length * 8; bit++) {
                masked[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
            }
            return masked;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Range that && prefix == that.prefix && Arrays.equals(network, that.network);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(network) * 31 + prefix;
        }
    }
}
