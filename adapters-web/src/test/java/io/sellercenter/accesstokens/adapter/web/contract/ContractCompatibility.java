package io.sellercenter.accesstokens.adapter.web.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a new contract changes on the wire for consumers of a released one, operation by operation: what a client may
 * send (requests: a new required field or parameter, a removed field, a new or stricter limit, a narrower type) and
 * what it may expect back (responses: a removed field, a field that may now be missing or null, a looser limit, a
 * changed type). Schemas are compared by what they describe, not by name, so renaming a schema changes nothing. New
 * response enum values are not counted: consumers must tolerate values they do not know (docs/api.md says so). A new
 * major version may change anything.
 */
final class ContractCompatibility {
    private final OpenAPI released;
    private final OpenAPI current;
    private final List<String> changes = new ArrayList<>();

    private ContractCompatibility(OpenAPI released, OpenAPI current) {
        this.released = released;
        this.current = current;
    }

    static OpenAPI parse(String yaml) {
        OpenAPI api = new OpenAPIV3Parser().readContents(yaml, null, null).getOpenAPI();
        if (api == null) {
            throw new IllegalArgumentException("not an OpenAPI document");
        }
        return api;
    }

    /** The changes from {@code released} to {@code current} that could break a consumer; none for a new major. */
    static List<String> breakingChanges(OpenAPI released, OpenAPI current) {
        if (major(current) > major(released)) {
            return List.of();
        }
        ContractCompatibility comparison = new ContractCompatibility(released, current);
        comparison.compare();
        return List.copyOf(comparison.changes);
    }

    private enum Direction {
        /** What clients send: the contract may accept more, never less. */
        REQUEST,
        /** What clients send in a path or query: like a body, but a parameter's value is text and never null. */
        PARAMETER,
        /** What clients receive: the contract may promise more, never less. */
        RESPONSE;

        boolean sends() {
            return this != RESPONSE;
        }
    }

    private void compare() {
        released.getPaths().forEach((path, oldItem) -> {
            PathItem newItem = current.getPaths().get(path);
            if (newItem == null) {
                changes.add("path removed: " + path);
                return;
            }
            oldItem.readOperationsMap().forEach((method, oldOperation) -> {
                Operation newOperation = newItem.readOperationsMap().get(method);
                String where = method + " " + path;
                if (newOperation == null) {
                    changes.add("operation removed: " + where);
                } else {
                    compareOperation(where, oldOperation, newOperation);
                }
            });
        });
    }

    private void compareOperation(String where, Operation before, Operation after) {
        Map<String, Parameter> oldParameters = parameters(before);
        parameters(after).forEach((key, parameter) -> {
            Parameter old = oldParameters.get(key);
            if (old == null) {
                if (Boolean.TRUE.equals(parameter.getRequired())) {
                    changes.add(where + ": new required parameter " + parameter.getName());
                }
            } else {
                if (Boolean.TRUE.equals(parameter.getRequired()) && !Boolean.TRUE.equals(old.getRequired())) {
                    changes.add(where + ": parameter became required: " + parameter.getName());
                }
                compareSchema(where + " parameter " + parameter.getName(), old.getSchema(), parameter.getSchema(),
                        Direction.PARAMETER, new HashSet<>());
            }
        });
        if (before.getRequestBody() != null && before.getRequestBody().getContent() != null) {
            Map<String, MediaType> newContent = after.getRequestBody() == null
                    || after.getRequestBody().getContent() == null
                    ? Map.of() : after.getRequestBody().getContent();
            before.getRequestBody().getContent().forEach((type, media) -> {
                MediaType newMedia = newContent.get(type);
                if (newMedia == null) {
                    changes.add(where + ": request media type removed: " + type);
                } else {
                    compareSchema(where + " request", media.getSchema(), newMedia.getSchema(), Direction.REQUEST,
                            new HashSet<>());
                }
            });
        }
        if (before.getResponses() != null && after.getResponses() != null) {
            before.getResponses().forEach((status, oldResponse) -> {
                ApiResponse newResponse = after.getResponses().get(status);
                if (newResponse != null && oldResponse.getContent() != null) {
                    oldResponse.getContent().forEach((type, media) -> {
                        MediaType newMedia = newResponse.getContent() == null ? null
                                : newResponse.getContent().get(type);
                        if (newMedia == null) {
                            changes.add(where + " " + status + ": response media type removed: " + type);
                        } else {
                            compareSchema(where + " " + status, media.getSchema(), newMedia.getSchema(),
                                    Direction.RESPONSE, new HashSet<>());
                        }
                    });
                }
            });
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private void compareSchema(String where, Schema before, Schema after, Direction direction, Set<String> seen) {
        Schema oldSchema = resolve(released, before);
        Schema newSchema = resolve(current, after);
        if (oldSchema == null || newSchema == null) {
            if (oldSchema != null) {
                changes.add(where + ": no longer described");
            }
            return;
        }
        if (!seen.add(where)) {
            return;
        }
        List<Schema> oldAlternatives = alternatives(released, oldSchema);
        List<Schema> newAlternatives = alternatives(current, newSchema);
        if (oldAlternatives.size() > 1 || newAlternatives.size() > 1) {
            compareAlternatives(where, oldAlternatives, newAlternatives, direction);
            return;
        }
        if (!Objects.equals(type(oldSchema), type(newSchema))) {
            changes.add(where + ": type changed (" + type(oldSchema) + " -> " + type(newSchema) + ")");
            return;
        }
        compareFormat(where, oldSchema, newSchema, direction);
        compareEnum(where, oldSchema, newSchema, direction);
        compareNullable(where, nullable(before, oldSchema), nullable(after, newSchema), direction);
        compareLimits(where, oldSchema, newSchema, direction);
        Map<String, Schema> oldProperties = oldSchema.getProperties() == null ? Map.of() : oldSchema.getProperties();
        Map<String, Schema> newProperties = newSchema.getProperties() == null ? Map.of() : newSchema.getProperties();
        Set<String> wasRequired = oldSchema.getRequired() == null ? Set.of() : new HashSet<>(oldSchema.getRequired());
        Set<String> isRequired = newSchema.getRequired() == null ? Set.of() : new HashSet<>(newSchema.getRequired());
        for (String field : isRequired) {
            if (direction.sends() && !wasRequired.contains(field)) {
                changes.add(where + ": field became required: " + field);
            }
        }
        for (String field : wasRequired) {
            if (direction == Direction.RESPONSE && !isRequired.contains(field)) {
                changes.add(where + ": field may now be missing: " + field);
            }
        }
        if (direction.sends() && !Boolean.FALSE.equals(additional(oldSchema))
                && Boolean.FALSE.equals(additional(newSchema))) {
            changes.add(where + ": unknown fields now refused");
        }
        oldProperties.forEach((field, oldProperty) -> {
            Schema newProperty = newProperties.get(field);
            if (newProperty == null) {
                changes.add(where + ": field removed: " + field);
            } else {
                compareSchema(where + "." + field, oldProperty, newProperty, direction, seen);
            }
        });
        if (oldSchema.getItems() != null && newSchema.getItems() != null) {
            compareSchema(where + "[]", oldSchema.getItems(), newSchema.getItems(), direction, seen);
        }
    }

    /** Each old alternative must still be met by a new one that changes nothing breaking about it. */
    @SuppressWarnings("rawtypes")
    private void compareAlternatives(String where, List<Schema> before, List<Schema> after, Direction direction) {
        for (int i = 0; i < before.size(); i++) {
            boolean kept = false;
            for (Schema candidate : after) {
                ContractCompatibility trial = new ContractCompatibility(released, current);
                trial.compareSchema(where, before.get(i), candidate, direction, new HashSet<>());
                if (trial.changes.isEmpty()) {
                    kept = true;
                    break;
                }
            }
            if (!kept) {
                changes.add(where + ": alternative " + (i + 1) + " of " + before.size() + " no longer met");
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private void compareFormat(String where, Schema before, Schema after, Direction direction) {
        String oldFormat = constraining(before.getFormat());
        String newFormat = constraining(after.getFormat());
        if (Objects.equals(oldFormat, newFormat) || isWidening(oldFormat, newFormat)) {
            return;
        }
        boolean added = oldFormat == null;
        if (direction.sends() || !added) {
            changes.add(where + ": format changed (" + oldFormat + " -> " + newFormat + ")");
        }
    }

    /** A format that limits values; {@code password} only tells tools to hide the value. */
    private static String constraining(String format) {
        return "password".equals(format) ? null : format;
    }

    /** An integer that may now be larger (int32 to int64) breaks no one who sends it. */
    private static boolean isWidening(String before, String after) {
        return "int32".equals(before) && "int64".equals(after);
    }

    @SuppressWarnings("rawtypes")
    private void compareEnum(String where, Schema before, Schema after, Direction direction) {
        if (!direction.sends() || after.getEnum() == null) {
            return;
        }
        if (before.getEnum() == null) {
            changes.add(where + ": now limited to " + after.getEnum());
            return;
        }
        for (Object value : before.getEnum()) {
            if (!after.getEnum().contains(value)) {
                changes.add(where + ": enum value removed: " + value);
            }
        }
    }

    /** Whether null is allowed, by the schema as written (a reference may be wrapped to say so) or as resolved. */
    @SuppressWarnings("rawtypes")
    private static boolean nullable(Schema written, Schema resolved) {
        return Boolean.TRUE.equals(written.getNullable()) || Boolean.TRUE.equals(resolved.getNullable());
    }

    private void compareNullable(String where, boolean wasNullable, boolean isNullable, Direction direction) {
        if (direction == Direction.REQUEST && wasNullable && !isNullable) {
            changes.add(where + ": null no longer accepted");
        }
        if (direction == Direction.RESPONSE && !wasNullable && isNullable) {
            changes.add(where + ": may now be null");
        }
    }

    @SuppressWarnings("rawtypes")
    private void compareLimits(String where, Schema before, Schema after, Direction direction) {
        limit(where, "maxLength", number(before.getMaxLength()), number(after.getMaxLength()), true, direction);
        limit(where, "minLength", number(before.getMinLength()), number(after.getMinLength()), false, direction);
        limit(where, "maximum", before.getMaximum(), after.getMaximum(), true, direction);
        limit(where, "minimum", before.getMinimum(), after.getMinimum(), false, direction);
        limit(where, "maxItems", number(before.getMaxItems()), number(after.getMaxItems()), true, direction);
        if (!Objects.equals(before.getPattern(), after.getPattern())) {
            if (direction.sends() && after.getPattern() != null) {
                changes.add(where + ": pattern now " + after.getPattern());
            }
            if (direction == Direction.RESPONSE && before.getPattern() != null) {
                changes.add(where + ": pattern no longer promised");
            }
        }
    }

    /** A new or stricter limit on requests, a dropped or looser one on responses. */
    private void limit(String where, String name, BigDecimal before, BigDecimal after, boolean upper,
                       Direction direction) {
        if (Objects.equals(before, after)) {
            return;
        }
        boolean stricter = after != null && (before == null || (upper ? after.compareTo(before) < 0
                : after.compareTo(before) > 0));
        if (direction.sends() && stricter) {
            changes.add(where + ": " + name + " now " + after);
        }
        if (direction == Direction.RESPONSE && !stricter) {
            changes.add(where + ": " + name + " no longer " + before);
        }
    }

    private static BigDecimal number(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    @SuppressWarnings("rawtypes")
    private static Object additional(Schema schema) {
        return schema.getAdditionalProperties();
    }

    @SuppressWarnings("rawtypes")
    private static String type(Schema schema) {
        if (schema.getType() != null) {
            return schema.getType();
        }
        return schema.getProperties() != null ? "object" : null;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static List<Schema> alternatives(OpenAPI api, Schema schema) {
        List<Schema> alternatives = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        if (alternatives == null) {
            return List.of(schema);
        }
        return alternatives.stream().map(alternative -> resolve(api, alternative)).toList();
    }

    @SuppressWarnings("rawtypes")
    private static Schema resolve(OpenAPI api, Schema schema) {
        Schema resolved = schema;
        for (int depth = 0; resolved != null && resolved.get$ref() != null && depth < 10; depth++) {
            String name = resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1);
            resolved = api.getComponents().getSchemas().get(name);
        }
        if (resolved != null && resolved.getAllOf() != null && resolved.getAllOf().size() == 1) {
            return resolve(api, (Schema) resolved.getAllOf().get(0));
        }
        return resolved;
    }

    private static Map<String, Parameter> parameters(Operation operation) {
        Map<String, Parameter> byKey = new java.util.LinkedHashMap<>();
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> byKey.put(parameter.getIn() + ":" + parameter.getName(),
                    parameter));
        }
        return byKey;
    }

    private static int major(OpenAPI api) {
        return Integer.parseInt(api.getInfo().getVersion().split("\\.")[0]);
    }
}
