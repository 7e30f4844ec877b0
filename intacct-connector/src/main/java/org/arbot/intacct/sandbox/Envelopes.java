package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/** Builds the REST API's response envelopes: {@code ia::result} with {@code ia::meta}, and the error response. */
final class Envelopes {

    private final ObjectMapper json;

    Envelopes(ObjectMapper json) {
        this.json = json;
    }

    /** A single record (GET by key, create, update) with the {@code metadata} counts of one success. */
    ObjectNode single(JsonNode result) {
        ObjectNode body = json.createObjectNode();
        body.set("ia::result", result);
        ObjectNode meta = body.putObject("ia::meta");
        meta.put("totalCount", 1).put("totalSuccess", 1).put("totalError", 0);
        return body;
    }

    /** A page of query results with {@code metadata-pages}; {@code next}/{@code previous} are record numbers or null. */
    ObjectNode page(List<? extends JsonNode> rows, int totalCount, int start, int pageSize) {
        ObjectNode body = json.createObjectNode();
        ArrayNode result = body.putArray("ia::result");
        rows.forEach(result::add);
        ObjectNode meta = body.putObject("ia::meta");
        meta.put("totalCount", totalCount).put("start", start).put("pageSize", pageSize);
        int next = start + pageSize;
        if (next <= totalCount) {
            meta.put("next", next);
        } else {
            meta.putNull("next");
        }
        if (start > 1) {
            meta.put("previous", Math.max(1, start - pageSize));
        } else {
            meta.putNull("previous");
        }
        return body;
    }

    ObjectNode error(SandboxError error) {
        ObjectNode body = json.createObjectNode();
        ObjectNode fault = body.putObject("ia::result").putObject("ia::error");
        fault.put("code", error.code()).put("message", error.getMessage()).put("errorId", error.errorId())
                .put("supportId", UUID.randomUUID().toString().replace("-", ""));
        if (error.target() != null) {
            fault.putArray("details").addObject().put("code", error.code()).put("message", error.getMessage())
                    .put("errorId", "REST-1043").put("target", error.target());
        }
        ObjectNode meta = body.putObject("ia::meta");
        meta.put("totalCount", 1).put("totalSuccess", 0).put("totalError", 1);
        return body;
    }

    /** The object reference a create or update answers with. */
    ObjectNode reference(SandboxObject object, JsonNode record) {
        ObjectNode ref = json.createObjectNode();
        ref.put("key", record.path("key").asText()).put("id", record.path("id").asText())
                .put("href", object.href(record.path("key").asText()));
        return single(ref);
    }
}
