package io.sellercenter.accesstokens.bootstrap.fuzz;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Values for a schema of the contract, as a contract-driven fuzzer makes them: mostly ones the contract allows (so
 * that requests reach the business logic), often ones it forbids, in the ways clients get them wrong: a field
 * missing, null, of the wrong type, too long, out of range, with control characters, NUL or lone surrogates, or a
 * field nobody asked for. Values are Java objects ({@link Map}, {@link List}, {@link String}, numbers, booleans,
 * {@code null}) for {@link Json} to write.
 */
public final class SchemaValues {
    /** Text a person might type: letters, digits, spaces, accents, an emoji. */
    private static final String TYPED = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.@éÉß€";
    private final OpenAPI api;

    public SchemaValues(OpenAPI api) {
        this.api = api;
    }

    /** A value for {@code schema}: allowed about nine times in ten. */
    @SuppressWarnings("rawtypes")
    public Arbitrary<Object> of(Schema schema) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, allowed(schema)),
                net.jqwik.api.Tuple.of(1, forbidden(schema)));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    Arbitrary<Object> allowed(Schema written) {
        Schema schema = resolve(written);
        if (schema.getOneOf() != null && !schema.getOneOf().isEmpty()) {
            return Arbitraries.of((List<Schema>) schema.getOneOf()).flatMap(this::allowed);
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return Arbitraries.of((List<Object>) schema.getEnum()).map(value -> (Object) value);
        }
        String type = type(schema);
        return switch (type) {
            case "object" -> object(schema);
            case "array" -> allowed(schema.getItems()).list().ofMaxSize(3).map(list -> (Object) list);
            case "integer" -> integers(schema);
            case "boolean" -> Arbitraries.of(true, false).map(value -> (Object) value);
            default -> text(schema);
        };
    }

    /** What a careless or hostile client sends instead. */
    @SuppressWarnings("rawtypes")
    Arbitrary<Object> forbidden(Schema written) {
        Schema schema = resolve(written);
        List<Arbitrary<Object>> choices = new ArrayList<>();
        choices.add(Arbitraries.just(null));
        choices.add(Arbitraries.integers().between(-1_000_000, 1_000_000).map(value -> (Object) value));
        choices.add(Arbitraries.just(true));
        choices.add(hostileText());
        choices.add(Arbitraries.just(List.of("a")));
        if ("integer".equals(type(schema))) {
            choices.add(Arbitraries.longs().map(value -> (Object) value));
            choices.add(Arbitraries.of("", "two", "1e3", "+5", " 5", "9999999999999").map(value -> (Object) value));
        }
        if ("string".equals(type(schema)) && schema.getMaxLength() != null) {
            choices.add(Arbitraries.strings().withChars('x').ofLength(schema.getMaxLength() + 1).map(value -> value));
        }
        return Arbitraries.oneOf(choices);
    }

    /** Strings that have broken services: control characters, NUL, lone surrogates, odd spaces, long ones. */
    static Arbitrary<Object> hostileText() {
        return Arbitraries.oneOf(
                Arbitraries.of("", " ", "\u0000", "a\u0000b", "\ud800", "a\udc00b", "\ud83d\ude00", "\u00a0",
                        "\u2003", "\t", "line\nbreak", "\u202e", "'; DROP TABLE access_token; --", "%00", "null",
                        "sct_" + "A".repeat(36), "{\"nested\":1}").map(value -> (Object) value),
                Arbitraries.strings().all().ofMaxLength(40).map(value -> (Object) value),
                Arbitraries.strings().withChars('x').ofMinLength(256).ofMaxLength(300).map(value -> (Object) value));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Arbitrary<Object> object(Schema schema) {
        Map<String, Schema> properties = schema.getProperties() == null ? Map.of() : schema.getProperties();
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        List<Arbitrary<Map.Entry<String, Object>>> fields = new ArrayList<>();
        properties.forEach((name, property) -> {
            Arbitrary<Object> value = of(property);
            Arbitrary<Map.Entry<String, Object>> field = required.contains(name)
                    ? Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(19, value.map(v -> entry(name, v))),
                    net.jqwik.api.Tuple.of(1, Arbitraries.just(entry(name, Missing.FIELD))))
                    : Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, value.map(v -> entry(name, v))),
                    net.jqwik.api.Tuple.of(1, Arbitraries.just(entry(name, Missing.FIELD))));
            fields.add(field);
        });
        Arbitrary<Map.Entry<String, Object>> extra = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(19, Arbitraries.just(entry("", Missing.FIELD))),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("sellerId", "status", "token", "admin", "x").map(name ->
                        entry(name, (Object) "smuggled"))));
        fields.add(extra);
        return Combinators.combine(fields).as(entries -> {
            Map<String, Object> object = new LinkedHashMap<>();
            for (Map.Entry<String, Object> field : entries) {
                if (field.getValue() != Missing.FIELD) {
                    object.put(field.getKey(), field.getValue());
                }
            }
            return object;
        });
    }

    @SuppressWarnings("rawtypes")
    private Arbitrary<Object> integers(Schema schema) {
        long min = schema.getMinimum() == null ? -1000 : schema.getMinimum().longValue();
        long max = schema.getMaximum() == null ? 1000 : schema.getMaximum().min(BigDecimal.valueOf(1_000_000))
                .longValue();
        return Arbitraries.longs().between(min, max).edgeCases(edges -> edges.includeOnly(min, max))
                .map(value -> (Object) value);
    }

    @SuppressWarnings("rawtypes")
    private Arbitrary<Object> text(Schema schema) {
        String format = schema.getFormat() == null ? "" : schema.getFormat();
        return switch (format) {
            case "uuid" -> Arbitraries.create(UUID::randomUUID).map(UUID::toString);
            case "date-time" -> Arbitraries.integers().between(-2, 400).map(days -> (Object) Instant.now()
                    .plus(days, ChronoUnit.DAYS).plusSeconds(days * 37L).truncatedTo(ChronoUnit.SECONDS).toString());
            case "email" -> Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12)
                    .map(local -> (Object) ("fuzz-" + local + "@seller.example"));
            default -> {
                int min = schema.getMinLength() == null ? 0 : schema.getMinLength();
                int max = schema.getMaxLength() == null ? Math.max(min, 40) : Math.min(schema.getMaxLength(), 300);
                yield Arbitraries.strings().withChars(TYPED).ofMinLength(Math.max(min, 0)).ofMaxLength(max)
                        .map(text -> (Object) (schema.getPattern() != null && schema.getPattern().contains("\\S")
                                && text.isBlank() ? "x" + text.strip() : text));
            }
        };
    }

    @SuppressWarnings("rawtypes")
    public Schema resolve(Schema schema) {
        Schema resolved = schema;
        for (int depth = 0; resolved != null && resolved.get$ref() != null && depth < 10; depth++) {
            String name = resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
            resolved = api.getComponents().getSchemas().get(name);
        }
        if (resolved != null && resolved.getAllOf() != null && resolved.getAllOf().size() == 1) {
            return resolve((Schema) resolved.getAllOf().get(0));
        }
        return resolved;
    }

    @SuppressWarnings("rawtypes")
    private static String type(Schema schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getProperties() != null ? "object" : "string";
    }

    private static Map.Entry<String, Object> entry(String name, Object value) {
        return new java.util.AbstractMap.SimpleImmutableEntry<>(name, value);
    }

    /** A field left out of an object. */
    private enum Missing {
        FIELD
    }
}
