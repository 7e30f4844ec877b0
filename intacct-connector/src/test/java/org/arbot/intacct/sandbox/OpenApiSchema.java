package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** One schema of the shared Intacct OpenAPI files, answering whether a nested property path is one of its properties. */
public final class OpenApiSchema {

    private final JsonNode schemas;
    private final JsonNode root;

    private OpenApiSchema(JsonNode schemas, JsonNode root) {
        this.schemas = schemas;
        this.root = root;
    }

    public static OpenApiSchema load(String file, String schema) {
        Path shared = Path.of(System.getProperty("arbot.shared.dir", "../../shared"));
        try {
            JsonNode spec = new ObjectMapper().readTree(shared.resolve("intacct-openapi").resolve(file).toFile());
            JsonNode schemas = spec.path("components").path("schemas");
            if (!schemas.has(schema)) {
                throw new IllegalArgumentException(file + " has no schema " + schema);
            }
            return new OpenApiSchema(schemas, schemas.get(schema));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The property paths of {@code record} (arrays as {@code lines[]}) that the schema does not define. */
    public List<String> unknownPaths(JsonNode record) {
        List<String> unknown = new ArrayList<>();
        walk(record, root, "", unknown);
        return unknown;
    }

    private void walk(JsonNode value, JsonNode schema, String path, List<String> unknown) {
        if (value.isArray()) {
            JsonNode items = resolve(schema).path("items");
            for (JsonNode item : value) {
                walk(item, items, path + "[]", unknown);
            }
            return;
        }
        if (!value.isObject()) {
            return;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
            JsonNode property = property(schema, field.getKey());
            if (property == null) {
                unknown.add(child);
            } else {
                walk(field.getValue(), property, child, unknown);
            }
        }
    }

    private JsonNode property(JsonNode schema, String name) {
        JsonNode resolved = resolve(schema);
        if (resolved.path("properties").has(name)) {
            return resolved.path("properties").get(name);
        }
        for (String combinator : new String[] {"allOf", "anyOf", "oneOf"}) {
            for (JsonNode part : resolved.path(combinator)) {
                JsonNode found = property(part, name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asText();
            current = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return current;
    }
}
