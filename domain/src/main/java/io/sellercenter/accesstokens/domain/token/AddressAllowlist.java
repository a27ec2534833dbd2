package io.sellercenter.accesstokens.domain.token;

import io.sellercenter.accesstokens.domain.shared.InvalidInput;
import io.sellercenter.accesstokens.domain.shared.IpLiteral;
import io.sellercenter.accesstokens.domain.shared.IpRange;

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

    private final List<IpRange> ranges;
    private final List<String> entries;

    private AddressAllowlist(List<IpRange> ranges) {
        this.ranges = ranges;
        this.entries = ranges.stream().map(IpRange::toString).toList();
    }

    public static AddressAllowlist anywhere() {
        return ANYWHERE;
    }

    /** The entries as given ({@code 203.0.113.7}, {@code 203.0.113.0/24}, {@code 2001:db8::/32}), each checked. */
    public static AddressAllowlist of(Collection<String> entries, String field) {
        if (entries.size() > MAX_ENTRIES) {
            throw new InvalidInput(field, "at most " + MAX_ENTRIES + " addresses or ranges");
        }
        LinkedHashSet<IpRange> ranges = new LinkedHashSet<>();
        for (String entry : entries) {
            ranges.add(range(entry, field));
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
        for (IpRange range : ranges) {
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

    /** An entry of an allowlist: any address or CIDR range but one that narrows nothing. */
    private static IpRange range(String entry, String field) {
        IpRange range = IpRange.parse(entry).orElseThrow(() ->
                new InvalidInput(field, "must be IP addresses or CIDR ranges, such as 203.0.113.0/24"));
        if (range.prefix() == 0) {
            throw new InvalidInput(field, "a range's prefix must be at least 1 (a /0 range allows everyone)");
        }
        return range;
    }
}
