package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Resolves a written reference to another record, {@code {"key": ..}} or {@code {"id": ..}}, as Intacct accepts either. */
final class References {

    private References() {
    }

    static ObjectNode resolve(DemoCompany company, SandboxObject object, JsonNode reference, String target) {
        String key = JsonPaths.text(reference, "key");
        String id = JsonPaths.text(reference, "id");
        if (key == null && id == null) {
            throw SandboxError.invalid(target + " needs a key or an id", target);
        }
        if (key != null) {
            return company.live(object, key)
                    .orElseThrow(() -> SandboxError.invalid(object.objectName() + " with key " + key + " does not exist", target));
        }
        return company.rows(object).stream().filter(row -> id.equals(row.path("id").asText())).findFirst()
                .orElseThrow(() -> SandboxError.invalid(object.objectName() + " " + id + " does not exist", target));
    }

    /** The {key, id, name, href} form the API returns for a related customer. */
    static ObjectNode customerRef(ObjectNode customer) {
        ObjectNode ref = customer.objectNode();
        ref.put("key", customer.path("key").asText()).put("id", customer.path("id").asText())
                .put("name", customer.path("name").asText()).put("href", customer.path("href").asText());
        return ref;
    }

    static ObjectNode ref(SandboxObject object, ObjectNode record) {
        ObjectNode ref = record.objectNode();
        ref.put("key", record.path("key").asText()).put("id", record.path("id").asText())
                .put("href", object.href(record.path("key").asText()));
        return ref;
    }

    static String required(JsonNode body, String path) {
        String value = JsonPaths.text(body, path);
        if (value == null || value.isBlank()) {
            throw SandboxError.invalid(path + " is required", "/" + path.replace('.', '/'));
        }
        return value;
    }
}
