package org.arbot.cards.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The official Adaptive Cards 1.5 schema (draft-06) from the shared contracts. The schema forbids extra properties,
 * so the one Teams host extension we use, a top-level {@code msteams} object, is set aside before validating.
 */
public final class AdaptiveCardSchema {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private AdaptiveCardSchema() {
    }

    /** The schema's complaints about {@code card}; empty when it is valid. */
    public static List<String> errors(JsonNode card) {
        JsonNode copy = card.deepCopy();
        if (copy instanceof ObjectNode root && root.path("msteams").isObject()) {
            root.remove("msteams");
        }
        return SCHEMA.validate(copy).stream().map(ValidationMessage::toString).toList();
    }

    public static Path sharedDir() {
        String dir = System.getProperty("arbot.shared.dir");
        if (dir == null) {
            throw new IllegalStateException("system property arbot.shared.dir is not set (the root pom sets it)");
        }
        return Path.of(dir);
    }

    public static JsonNode read(Path file) {
        try {
            return MAPPER.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonSchema load() {
        JsonNode schema = read(sharedDir().resolve("contracts/adaptive-card-1.5.schema.json"));
        // The file declares draft-06 but names itself with draft-04's "id"; read that as an annotation.
        JsonMetaSchema draft6 = JsonMetaSchema.builder(JsonMetaSchema.getV6()).keyword(new NonValidationKeyword("id")).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V6, factory -> factory.metaSchema(draft6))
                .getSchema(schema);
    }
}
