package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.arbot.core.ledger.LedgerException;

/**
 * A request to the query service ({@code POST /services/core/query}) and its paging: {@link #all} re-posts with
 * {@code start = ia::meta.next} until {@code next} is null, because a first page is not the answer.
 */
final class IntacctQuery {

    static final int MAX_PAGE = 4000;
    static final String PATH = "/services/core/query";

    private final ObjectNode request;
    private int pageSize = MAX_PAGE;

    private IntacctQuery(ObjectMapper json, String object, List<String> fields) {
        this.request = json.createObjectNode();
        request.put("object", object);
        ArrayNode fieldList = request.putArray("fields");
        fields.forEach(fieldList::add);
        request.putArray("filters");
    }

    static IntacctQuery of(ObjectMapper json, String object, List<String> fields) {
        return new IntacctQuery(json, object, fields);
    }

    IntacctQuery where(String operator, String field, String value) {
        ((ArrayNode) request.get("filters")).addObject().putObject(operator).put(field, value);
        return this;
    }

    IntacctQuery whereIn(String field, Collection<String> values) {
        ArrayNode list = ((ArrayNode) request.get("filters")).addObject().putObject("$in").putArray(field);
        values.forEach(list::add);
        return this;
    }

    IntacctQuery orderBy(String field, String direction) {
        request.withArray("orderBy").addObject().put(field, direction);
        return this;
    }

    IntacctQuery pageSize(int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new IllegalArgumentException("page size must be 1.." + MAX_PAGE + ", got " + size);
        }
        this.pageSize = size;
        return this;
    }

    /** Every matching row, page after page. */
    List<JsonNode> all(IntacctHttp http) {
        return follow(http, 1, new ArrayList<>());
    }

    /** The request for the first page, to send inside a composite request. */
    IntacctComposite.SubRequest firstPage() {
        return new IntacctComposite.SubRequest("POST", PATH, page(1));
    }

    /** Every matching row, given the first page another call (a composite request) already brought back. */
    List<JsonNode> allAfter(IntacctHttp http, JsonNode firstResult, JsonNode firstMeta) {
        List<JsonNode> rows = new ArrayList<>();
        return follow(http, take(firstResult, firstMeta, 1, rows), rows);
    }

    private List<JsonNode> follow(IntacctHttp http, Integer from, List<JsonNode> rows) {
        Integer start = from;
        while (start != null) {
            JsonNode response = http.send("POST", PATH, page(start));
            start = take(response == null ? null : response.get("ia::result"),
                    response == null ? null : response.path("ia::meta"), start, rows);
        }
        return rows;
    }

    private ObjectNode page(int start) {
        ObjectNode page = request.deepCopy();
        page.put("start", start).put("size", pageSize);
        return page;
    }

    /** Adds the page's rows and answers where the next page starts, or null after the last one. */
    private Integer take(JsonNode result, JsonNode meta, int start, List<JsonNode> rows) {
        if (result == null || !result.isArray()) {
            throw new LedgerException("malformedResponse", "the query service answered without an ia::result list for "
                    + request.get("object").asText(), true);
        }
        result.forEach(rows::add);
        JsonNode next = meta == null ? null : meta.path("next");
        Integer following = next != null && (next.isNumber() || (next.isTextual() && !next.asText().isBlank()))
                ? next.asInt() : null;
        if (following != null && following <= start) {
            throw new LedgerException("malformedResponse", "the query service's next page " + following
                    + " does not follow page " + start, false);
        }
        return following;
    }

    /** Joins filters {@code 1 and 2 and ...}: the default the API applies too, written out for readers of the logs. */
    IntacctQuery allFiltersHold() {
        int count = request.get("filters").size();
        if (count > 1) {
            StringBuilder expression = new StringBuilder("1");
            for (int i = 2; i <= count; i++) {
                expression.append(" and ").append(i);
            }
            request.put("filterExpression", expression.toString());
        }
        return this;
    }
}
