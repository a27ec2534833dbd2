package io.sellercenter.accesstokens.domain.token;

import io.sellercenter.accesstokens.domain.shared.InvalidInput;

import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a token may do: either everything (tokens made before scopes existed, and those made without any) or exactly
 * its scopes, write including read. Kept as granted: {@code stock:write} is held as {@code stock:read stock:write}.
 */
public final class Scopes {
    /** How full access is written where scopes are listed. */
    public static final String FULL_ACCESS = "*";
    /** The most scopes a request may list, duplicates included: far more than any catalog needs. */
    public static final int MAX_LISTED = 100;
    private static final Scopes FULL = new Scopes(null);

    private final SortedSet<Scope> granted;
    private final List<String> listed;
    private final String text;

    private Scopes(SortedSet<Scope> granted) {
        this.granted = granted;
        this.listed = granted == null ? List.of(FULL_ACCESS) : granted.stream().map(Scope::text).toList();
        this.text = String.join(" ", listed);
    }

    public static Scopes fullAccess() {
        return FULL;
    }

    /** Exactly {@code scopes} (at least one), with the read scope of every write scope; duplicates collapse. */
    public static Scopes of(Collection<Scope> scopes, String field) {
        if (scopes.isEmpty()) {
            throw new InvalidInput(field, "must name at least one scope");
        }
        if (scopes.size() > MAX_LISTED) {
            throw new InvalidInput(field, "at most " + MAX_LISTED + " scopes");
        }
        SortedSet<Scope> granted = new TreeSet<>();
        for (Scope scope : scopes) {
            granted.add(scope);
            if (scope.access() == Scope.Access.WRITE) {
                granted.add(new Scope(scope.resource(), Scope.Access.READ));
            }
        }
        return new Scopes(granted);
    }

    /** As stored: {@link #FULL_ACCESS}, or the granted scopes separated by spaces. */
    public static Scopes restore(String stored) {
        if (stored == null || stored.equals(FULL_ACCESS)) {
            return FULL;
        }
        return of(List.of(stored.split(" ")).stream().map(text -> Scope.parse(text, "scopes")).toList(), "scopes");
    }

    public boolean isFullAccess() {
        return granted == null;
    }

    public boolean allows(Scope wanted) {
        if (granted == null) {
            return true;
        }
        for (Scope scope : granted) {
            if (scope.covers(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** As the API lists them: the granted scopes in order, or just {@link #FULL_ACCESS}. */
    public List<String> listed() {
        return listed;
    }

    /** Space-separated, as OAuth writes scopes (RFC 6749 §3.3), or {@link #FULL_ACCESS}. */
    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Scopes that && text.equals(that.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text();
    }
}
