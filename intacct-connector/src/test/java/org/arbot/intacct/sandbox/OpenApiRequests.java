package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The operations of the shared Intacct OpenAPI files: whether a request's method and path are an operation they define,
 * and whether its body validates against that operation's request-body schema (OpenAPI 3.0 schemas read as JSON Schema
 * draft-04, their annotation keywords ignored).
 */
public final class OpenApiRequests {

    private static final String[] FILES = {"accounts-receivable.json", "order-entry.json", "cash-management.json",
        "common-resources.json", "general-ledger.json"};
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<JsonNode> SPECS = load();
    private static final JsonSchemaFactory SCHEMAS = factory();

    private OpenApiRequests() {
    }

    /** What is wrong with {@code method path} and its body; empty when the spec defines the operation and the body fits. */
    public static List<String> problems(String method, String path, JsonNode body) {
        String decoded = URLDecoder.decode(path.split("\\?")[0], StandardCharsets.UTF_8);
        for (JsonNode spec : SPECS) {
            for (Map.Entry<String, JsonNode> entry : spec.path("paths").properties()) {
                if (!matches(entry.getKey(), decoded)) {
                    continue;
                }
                JsonNode operation = entry.getValue().get(method.toLowerCase(java.util.Locale.ROOT));
                if (operation == null) {
                    return List.of(method + " is not an operation on " + entry.getKey());
                }
                return body == null ? List.of() : bodyProblems(spec, operation, body);
            }
        }
        return List.of("no path in the OpenAPI files matches " + decoded);
    }

    private static List<String> bodyProblems(JsonNode spec, JsonNode operation, JsonNode body) {
        Optional<JsonNode> schema = Optional.ofNullable(operation.path("requestBody").path("content")
                .path("application/json").get("schema"));
        if (schema.isEmpty()) {
            return List.of("the operation takes no JSON body");
        }
        ObjectNode root = JSON.createObjectNode();
        root.set("components", spec.path("components"));
        root.putArray("allOf").add(schema.get());
        JsonSchema validator = SCHEMAS.getSchema(root);
        List<String> problems = new ArrayList<>();
        validator.validate(body).stream().map(ValidationMessage::toString).forEach(problems::add);
        return problems;
    }

    private static boolean matches(String template, String path) {
        String regex = "^" + java.util.regex.Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "$";
        return path.matches(regex);
    }

    private static List<JsonNode> load() {
        Path dir = Path.of(System.getProperty("arbot.shared.dir", "../../shared")).resolve("intacct-openapi");
        List<JsonNode> specs = new ArrayList<>();
        for (String file : FILES) {
            try {
                specs.add(withoutExamples(JSON.readTree(dir.resolve(file).toFile()), ""));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return specs;
    }

    /**
     * The spec without its {@code example} values: they are annotations, but the validator reads an {@code id} inside
     * one as a schema id. A property that happens to be named {@code example} (under {@code properties}) stays.
     */
    private static JsonNode withoutExamples(JsonNode node, String parentKey) {
        if (node instanceof ObjectNode object) {
            if (!parentKey.equals("properties")) {
                object.remove(List.of("example", "examples"));
            }
            object.properties().forEach(entry -> withoutExamples(entry.getValue(), entry.getKey()));
        } else if (node.isArray()) {
            node.forEach(item -> withoutExamples(item, ""));
        }
        return node;
    }

    private static JsonSchemaFactory factory() {
        JsonMetaSchema.Builder openApi = JsonMetaSchema.builder(JsonMetaSchema.getV4());
        for (String annotation : new String[] {"nullable", "example", "examples", "readOnly", "writeOnly", "deprecated",
            "discriminator", "xml", "externalDocs", "x-mutable", "x-object-type", "x-delete", "x-sage-intacct-owned"}) {
            openApi.keyword(new NonValidationKeyword(annotation));
        }
        JsonMetaSchema meta = openApi.build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, builder -> builder.metaSchema(meta));
    }
}
