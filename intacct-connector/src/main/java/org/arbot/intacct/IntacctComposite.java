package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ledger.LedgerException;

/**
 * The composite service ({@code POST /services/core/composite}, common-resources.json): 2 to 10 sub-requests in one
 * call, run in order. Sage's guide: execution stops at the first failure with no rollback of the sub-requests before
 * it; the later ones answer {@code unprocessed}. A composite that writes is sent like a create: retried only when
 * Intacct certainly did not take it, so an ambiguous failure leaves the caller to look before sending again.
 */
final class IntacctComposite {

    static final String PATH = "/services/core/composite";
    static final int MIN = 2;
    static final int MAX = 10;

    /** One sub-request: {@code path} relative to the API root, {@code body} null for a GET. */
    record SubRequest(String method, String path, JsonNode body) {
        boolean reads() {
            return method.equals("GET") || path.equals("/services/core/query");
        }
    }

    /** What one sub-request answered. */
    sealed interface Outcome {
    }

    /** It succeeded: its {@code ia::result} and {@code ia::meta}. */
    record Done(int status, JsonNode result, JsonNode meta) implements Outcome {
    }

    /** It failed with Intacct's error, which says whether trying again may help. */
    record Failed(LedgerException error) implements Outcome {
    }

    /** It was not run because an earlier sub-request failed; it may be sent again as it is. */
    record Unprocessed() implements Outcome {
    }

    private final IntacctHttp http;

    IntacctComposite(IntacctHttp http) {
        this.http = http;
    }

    /** Sends 2 to 10 sub-requests in one call and answers one outcome per sub-request, in order. */
    List<Outcome> send(List<SubRequest> requests) {
        if (requests.size() < MIN || requests.size() > MAX) {
            throw new IllegalArgumentException("a composite request holds " + MIN + " to " + MAX + " sub-requests, got "
                    + requests.size());
        }
        ArrayNode body = body(http.json(), requests);
        boolean reads = requests.stream().allMatch(SubRequest::reads);
        JsonNode response = http.send("POST", PATH, body, reads);
        JsonNode results = response == null ? null : response.get("ia::result");
        if (results == null || !results.isArray() || results.size() != requests.size()) {
            throw new LedgerException("malformedResponse", "the composite service answered " + (results == null ? "no"
                    : results.size()) + " results for " + requests.size() + " sub-requests", true);
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            outcomes.add(outcome(results.get(i), requests.get(i)));
        }
        return outcomes;
    }

    /** The request body: the {@code core-composite-request} array of {@code services.core.composite} items. */
    static ArrayNode body(ObjectMapper json, List<SubRequest> requests) {
        ArrayNode body = json.createArrayNode();
        for (SubRequest request : requests) {
            var item = body.addObject().put("method", request.method()).put("path", request.path());
            if (request.body() != null) {
                item.set("body", request.body());
            }
        }
        return body;
    }

    private Outcome outcome(JsonNode item, SubRequest request) {
        int status = item.path("ia::status").asInt(0);
        JsonNode error = item.has("ia::error") ? item.get("ia::error") : item.path("ia::result").get("ia::error");
        if (status >= 200 && status < 300 && error == null) {
            return new Done(status, item.path("ia::result"), item.path("ia::meta"));
        }
        if (error != null && "unprocessed".equals(error.path("code").asText())) {
            return new Unprocessed();
        }
        String envelope = http.json().createObjectNode().set("ia::result",
                http.json().createObjectNode().set("ia::error", error == null ? http.json().createObjectNode() : error)).toString();
        return new Failed(IntacctErrors.from(status, envelope, request.method() + " " + request.path(), http.json(),
                Optional.empty()));
    }
}
