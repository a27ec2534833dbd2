package io.sellercenter.accesstokens.domain.token;

import io.sellercenter.accesstokens.domain.shared.InvalidInput;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a token may do with one resource of the seller API: {@code <resource>:read} or {@code <resource>:write}.
 * Write implies read. Resources are lower-case words ({@code orders}, {@code stock}, {@code price-lists}); which ones
 * exist is the {@link ScopeCatalog}'s business.
 */
public record Scope(String resource, Access access) implements Comparable<Scope> {
    static final Pattern RESOURCE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    public enum Access {
        READ, WRITE;

        public String text() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Scope {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(access, "access");
        if (!RESOURCE.matcher(resource).matches()) {
            throw new IllegalArgumentException("not a resource name: " + resource);
        }
    }

    /** Reads {@code orders:write}; anything else is invalid input of {@code field}. */
    public static Scope parse(String text, String field) {
        int colon = text == null ? -1 : text.indexOf(':');
        if (colon > 0) {
            String resource = text.substring(0, colon);
            String access = text.substring(colon + 1);
            if (RESOURCE.matcher(resource).matches() && (access.equals("read") || access.equals("write"))) {
                return new Scope(resource, access.equals("read") ? Access.READ : Access.WRITE);
            }
        }
        throw new InvalidInput(field, "must be scopes like orders:read or orders:write");
    }

    /** Whether holding this scope allows what {@code wanted} names: the same resource, and write covers read. */
    public boolean covers(Scope wanted) {
        return resource.equals(wanted.resource) && (access == Access.WRITE || wanted.access == Access.READ);
    }

    public String text() {
        return resource + ":" + access.text();
    }

    @Override
    public int compareTo(Scope other) {
        int byResource = resource.compareTo(other.resource);
        return byResource != 0 ? byResource : access.compareTo(other.access);
    }

    @Override
    public String toString() {
        return text();
    }
}
