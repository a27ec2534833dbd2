package io.sellercenter.accesstokens.domain.token;

import io.sellercenter.accesstokens.domain.shared.InvalidInput;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The resources of the seller API that tokens may be scoped to, each with what it covers: defined by configuration,
 * so that platform teams add their own without code. Each resource has a read and a write scope.
 */
public record ScopeCatalog(Map<String, String> descriptions) {
    public ScopeCatalog {
        Objects.requireNonNull(descriptions, "descriptions");
        descriptions.keySet().forEach(resource -> new Scope(resource, Scope.Access.READ));
        descriptions = Map.copyOf(new TreeMap<>(descriptions));
    }

    /** The resources, by name. */
    public List<String> resources() {
        return descriptions.keySet().stream().sorted().toList();
    }

    public String description(String resource) {
        return descriptions.get(resource);
    }

    /** {@code scopes}, unless one names a resource that is not in the catalog: then invalid input of {@code field}. */
    public Collection<Scope> known(Collection<Scope> scopes, String field) {
        List<String> unknown = scopes.stream().filter(scope -> !descriptions.containsKey(scope.resource()))
                .map(Scope::text).distinct().sorted().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput(field, "unknown scopes: " + String.join(", ", unknown));
        }
        return scopes;
    }
}
