package io.sellercenter.accesstokens.adapter.web.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a new contract breaks for consumers of a released one: a removed path or operation, a removed field or enum
 * value, a new required request field or parameter, a changed type. A new major version may break anything.
 */
final class ContractCompatibility {
    private ContractCompatibility() {
    }

    static OpenAPI parse(String yaml) {
        OpenAPI api = new OpenAPIV3Parser().readContents(yaml, null, null).getOpenAPI();
        if (api == null) {
            throw new IllegalArgumentException("not an OpenAPI document");
        }
        return api;
    }

    /** The breaking changes from {@code released} to {@code current}; none when the major version went up. */
    static List<String> breakingChanges(OpenAPI released, OpenAPI current) {
        if (major(current) > major(released)) {
            return List.of();
        }
        List<String> breaks = new ArrayList<>();
        released.getPaths().forEach((path, oldItem) -> {
            PathItem newItem = current.getPaths().get(path);
            if (newItem == null) {
                breaks.add("path removed: " + path);
                return;
            }
            oldItem.readOperationsMap().forEach((method, oldOperation) -> {
                Operation newOperation = newItem.readOperationsMap().get(method);
                if (newOperation == null) {
                    breaks.add("operation removed: " + method + " " + path);
                } else {
                    compareParameters(method + " " + path, oldOperation, newOperation, breaks);
                }
            });
        });
        Map<String, Schema> oldSchemas = schemas(released);
        Map<String, Schema> newSchemas = schemas(current);
        oldSchemas.forEach((name, oldSchema) -> {
            Schema newSchema = newSchemas.get(name);
            if (newSchema == null) {
                breaks.add("schema removed: " + name);
            } else {
                compareSchema(name, oldSchema, newSchema, breaks);
            }
        });
        return breaks;
    }

    private static void compareParameters(String where, Operation before, Operation after, List<String> breaks) {
        Set<String> known = new HashSet<>();
        if (before.getParameters() != null) {
            before.getParameters().forEach(parameter -> known.add(parameter.getIn() + ":" + parameter.getName()));
        }
        if (after.getParameters() != null) {
            for (Parameter parameter : after.getParameters()) {
                if (Boolean.TRUE.equals(parameter.getRequired()) && !known.contains(parameter.getIn() + ":"
                        + parameter.getName())) {
                    breaks.add("new required parameter: " + parameter.getName() + " of " + where);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static void compareSchema(String name, Schema before, Schema after, List<String> breaks) {
        if (!Objects.equals(before.getType(), after.getType()) || !Objects.equals(before.get$ref(), after.get$ref())) {
            breaks.add("type changed: " + name + " (" + describe(before) + " -> " + describe(after) + ")");
            return;
        }
        if (before.getEnum() != null) {
            List<Object> remaining = after.getEnum() == null ? List.of() : after.getEnum();
            for (Object value : (List<Object>) before.getEnum()) {
                if (!remaining.contains(value)) {
                    breaks.add("enum value removed: " + name + " " + value);
                }
            }
        }
        Set<String> wasRequired = before.getRequired() == null ? Set.of() : new HashSet<>(before.getRequired());
        if (after.getRequired() != null) {
            for (Object field : after.getRequired()) {
                if (!wasRequired.contains(field)) {
                    breaks.add("field became required: " + name + "." + field);
                }
            }
        }
        Map<String, Schema> oldProperties = before.getProperties() == null ? Map.of() : before.getProperties();
        Map<String, Schema> newProperties = after.getProperties() == null ? Map.of() : after.getProperties();
        oldProperties.forEach((field, oldProperty) -> {
            Schema newProperty = newProperties.get(field);
            if (newProperty == null) {
                breaks.add("field removed: " + name + "." + field);
            } else {
                compareSchema(name + "." + field, oldProperty, newProperty, breaks);
            }
        });
        if (before.getItems() != null && after.getItems() != null) {
            compareSchema(name + "[]", before.getItems(), after.getItems(), breaks);
        }
    }

    private static String describe(Schema schema) {
        return schema.get$ref() != null ? schema.get$ref() : String.valueOf(schema.getType());
    }

    private static Map<String, Schema> schemas(OpenAPI api) {
        return api.getComponents() == null || api.getComponents().getSchemas() == null
                ? Map.of() : api.getComponents().getSchemas();
    }

    private static int major(OpenAPI api) {
        String version = api.getInfo().getVersion();
        return Integer.parseInt(version.split("\\.")[0]);
    }
}
