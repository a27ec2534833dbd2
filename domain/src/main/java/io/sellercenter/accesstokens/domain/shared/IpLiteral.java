package io.sellercenter.accesstokens.domain.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP address written out: a dotted-quad IPv4 address (each part 0 to 255, without leading zeros, which some readers
 * take for octal) or an IPv6 address. Never a host name, so reading one looks nothing up. The one reading of addresses
 * for token allowlists, introspection's {@code client_ip} and the forwarding chain alike.
 */
public final class IpLiteral {
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpLiteral() {
    }

    /** The address's bytes (4 for IPv4, 16 for IPv6), or empty when {@code text} is not an address literal. */
    public static Optional<byte[]> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        byte[] ipv4 = ipv4(text);
        if (ipv4 != null) {
            return Optional.of(ipv4);
        }
        if (text.indexOf(':') < 0 || !IPV6.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }

    /**
     * A dotted-quad IPv4 literal, or null. Read by hand rather than by a pattern: every call with a token that has an
     * allowlist reads its client's address, and the pattern cost a token check 3% of its time.
     */
    private static byte[] ipv4(String text) {
        byte[] address = new byte[4];
        int parts = 0;
        int value = 0;
        int digits = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '.';
            if (c >= '0' && c <= '9') {
                if (digits > 0 && value == 0) {
                    return null;
                }
                value = value * 10 + (c - '0');
                if (++digits > 3 || value > 255) {
                    return null;
                }
            } else if (c == '.' && digits > 0 && parts < 4) {
                address[parts++] = (byte) value;
                value = 0;
                digits = 0;
            } else {
                return null;
            }
        }
        return parts == 4 ? address : null;
    }
}
