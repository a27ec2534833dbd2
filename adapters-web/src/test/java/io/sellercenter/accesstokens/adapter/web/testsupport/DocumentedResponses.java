package io.sellercenter.accesstokens.adapter.web.testsupport;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The answers {@code api/openapi.yml} documents for each operation, as "METHOD /path/{template} STATUS", so that a
 * test can show it reached every one of them.
 */
public final class DocumentedResponses {
    private static final OpenAPI CONTRACT = new OpenAPIV3Parser()
            .read(Path.of("..", "api", "openapi.yml").toAbsolutePath().toString());

    private DocumentedResponses() {
    }

    /** Every documented answer of the operations whose path starts with {@code prefix}. */
    public static Set<String> under(String prefix) {
        Set<String> documented = new TreeSet<>();
        CONTRACT.getPaths().forEach((path, item) -> {
            if (path.startsWith(prefix)) {
                item.readOperationsMap().forEach((method, operation) -> operation.getResponses().keySet()
                        .forEach(status -> documented.add(method + " " + path + " " + status)));
            }
        });
        return documented;
    }

    /**
     * The documented answers that {@code exchanges} did not reach, but for {@code unreachable} ones (each a
     * "METHOD /path STATUS" that no test can provoke, such as a 500 of an operation that calls nothing).
     */
    public static Set<String> missedBy(String prefix, List<ApiClient.Exchange> exchanges, String... unreachable) {
        Set<String> missed = new TreeSet<>(under(prefix));
        missed.removeAll(Set.of(unreachable));
        for (ApiClient.Exchange exchange : exchanges) {
            template(exchange.path()).ifPresent(template -> missed.remove(exchange.method().toUpperCase(Locale.ROOT)
                    + " " + template + " " + exchange.status()));
        }
        return missed;
    }

    /** The documented path that {@code path} is an instance of: itself if documented, else the template it fits. */
    private static Optional<String> template(String path) {
        if (CONTRACT.getPaths().containsKey(path)) {
            return Optional.of(path);
        }
        return CONTRACT.getPaths().keySet().stream()
                .filter(template -> Pattern.matches(template.replaceAll("\\{[^}]+}", "[^/]+"), path))
                .findFirst();
    }
}
