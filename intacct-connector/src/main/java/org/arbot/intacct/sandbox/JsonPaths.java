package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads and writes dotted property paths ({@code customer.id}) on JSON records, the way the query service names fields. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The value at {@code path}, or a missing node when any step is absent. */
    static JsonNode at(JsonNode record, String path) {
        JsonNode node = record;
        for (String step : path.split("\\.")) {
            node = node.path(step);
            if (node.isMissingNode()) {
                return MissingNode.getInstance();
            }
        }
        return node;
    }

    /** Sets {@code path} to {@code value}, creating the intermediate objects. */
    static void put(ObjectNode record, String path, JsonNode value) {
        String[] steps = path.split("\\.");
        ObjectNode node = record;
        for (int i = 0; i < steps.length - 1; i++) {
            JsonNode next = node.get(steps[i]);
            node = next instanceof ObjectNode object ? object : node.putObject(steps[i]);
        }
        node.set(steps[steps.length - 1], value);
    }

    /** The object under {@code name}, created when absent. */
    static ObjectNode object(ObjectNode parent, String name) {
        return parent.get(name) instanceof ObjectNode child ? child : parent.putObject(name);
    }

    static String text(JsonNode record, String path) {
        JsonNode node = at(record, path);
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }
}
