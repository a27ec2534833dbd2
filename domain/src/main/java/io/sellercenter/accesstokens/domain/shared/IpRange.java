package io.sellercenter.accesstokens.domain.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * A network: an address literal ({@code 203.0.113.7}, a range of one) or a CIDR range ({@code 203.0.113.0/24},
 * {@code 2001:db8::/32}), kept as its first address and how many leading bits fix it. The one reading of ranges for
 * token allowlists and trusted proxies alike; each says which ranges it takes.
 */
public final class IpRange {
    private final byte[] network;
    private final int prefix;

    private IpRange(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /** The range {@code text} writes, or empty when it is no address literal with an optional prefix within its bits. */
    public static Optional<IpRange> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String stripped = text.strip();
        int slash = stripped.indexOf('/');
        Optional<byte[]> address = IpLiteral.parse(slash < 0 ? stripped : stripped.substring(0, slash));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        int bits = address.get().length * 8;
        int prefix = bits;
        if (slash >= 0) {
            String digits = stripped.substring(slash + 1);
            if (!digits.matches("[0-9]{1,3}") || Integer.parseInt(digits) > bits) {
                return Optional.empty();
            }
            prefix = Integer.parseInt(digits);
        }
        return Optional.of(new IpRange(masked(address.get(), prefix), prefix));
    }

    /** How many leading bits fix the range: 0 for everyone, all of them for one address. */
    public int prefix() {
        return prefix;
    }

    /** Whether {@code address} (4 or 16 bytes) is in this range; an IPv4 address is in no IPv6 range, and back. */
    public boolean contains(byte[] address) {
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

    private static byte[] masked(byte[] address, int prefix) {
        byte[] masked = address.clone();
        for (int bit = prefix; bit < masked.length * 8; bit++) {
            masked[bit / 8] &= (byte) ~(0x80 >>> (bit % 8));
        }
        return masked;
    }

    /** Written canonically: {@code 203.0.113.0/24}, and a single address without a prefix. */
    @Override
    public String toString() {
        try {
            String address = InetAddress.getByAddress(network).getHostAddress();
            return prefix == network.length * 8 ? address : address + "/" + prefix;
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IpRange that && prefix == that.prefix && Arrays.equals(network, that.network);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(network) * 31 + prefix;
    }
}
