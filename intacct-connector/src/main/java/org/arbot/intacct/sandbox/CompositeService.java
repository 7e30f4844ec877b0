package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import java.util.regex.Pattern;
import org.arbot.intacct.sandbox.SandboxRouter.Reply;

/**
 * {@code POST /services/core/composite}: 2 to 10 sub-requests ({@code method}, {@code path}, {@code body}) run in order,
 * as Sage's guide describes: execution stops at the first failure, with no rollback of the sub-requests before it, and
 * every later one answers {@code unprocessed} (422). The answer is 200 when all succeeded, 207 otherwise, each item
 * carrying its {@code ia::status}. {@code resultReference} substitution is not served.
 */
final class CompositeService {

    static final int MIN = 2;
    static final int MAX = 10;
    private static final Set<String> METHODS = Set.of("GET", "POST", "PATCH", "DELETE");
    /** The {@code path} pattern of {@code services.core.composite} in common-resources.json. */
    private static final Pattern PATH = Pattern.compile("^/(objects|services)/[a-z_][a-z_0-9.\\-:]+(.*)?$");

    /** Runs one sub-request against the company. */
    @FunctionalInterface
    interface Operation {
        Reply run(String method, String route, JsonNode body);
    }

    private final Operation operation;
    private final Envelopes envelopes;
    private final ObjectMapper json;

    CompositeService(Operation operation, Envelopes envelopes, ObjectMapper json) {
        this.operation = operation;
        this.envelopes = envelopes;
        this.json = json;
    }

    Reply run(JsonNode requests) {
        validate(requests);
        ObjectNode answer = json.createObjectNode();
        ArrayNode results = answer.putArray("ia::result");
        int failed = 0;
        for (JsonNode request : requests) {
            if (failed > 0) {
                results.add(item(422, new SandboxError(422, "unprocessed", "REST-1100",
                        "Operation skipped due to atomic transaction failure", null)));
                failed++;
                continue;
            }
            try {
                Reply reply = operation.run(request.get("method").asText(), request.get("path").asText(), request.get("body"));
                ObjectNode item = reply.body() == null ? json.createObjectNode() : ((ObjectNode) reply.body()).deepCopy();
                item.put("ia::status", reply.status());
                results.add(item);
            } catch (SandboxError error) {
                results.add(item(error.status(), error));
                failed++;
            }
        }
        int total = requests.size();
        answer.putObject("ia::meta").put("totalCount", total).put("totalSuccess", total - failed).put("totalError", failed);
        return new Reply(failed == 0 ? 200 : 207, answer);
    }

    private ObjectNode item(int status, SandboxError error) {
        ObjectNode item = json.createObjectNode();
        item.set("ia::error", envelopes.error(error).path("ia::result").path("ia::error"));
        item.put("ia::status", status);
        return item;
    }

    private static void validate(JsonNode requests) {
        if (!requests.isArray() || requests.size() < MIN || requests.size() > MAX) {
            throw SandboxError.invalid("a composite request holds between " + MIN + " and " + MAX + " sub-requests", null);
        }
        for (int i = 0; i < requests.size(); i++) {
            JsonNode request = requests.get(i);
            String method = request.path("method").asText("");
            String path = request.path("path").asText("");
            if (!METHODS.contains(method)) {
                throw SandboxError.invalid("method must be GET, POST, PATCH or DELETE", "/" + i + "/method");
            }
            if (!PATH.matcher(path).matches() || path.startsWith(SandboxRouter.COMPOSITE)) {
                throw SandboxError.invalid("path must be an /objects/ or /services/ path other than the composite service",
                        "/" + i + "/path");
            }
        }
    }
}
