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
        List<JsonNode> rows = new ArrayList<>();
        Integer start = 1;
        while (start != null) {
            ObjectNode page = request.deepCopy();
            page.put("start", start).put("size", pageSize);
            JsonNode response = http.send("POST", "/services/core/query", page);
            JsonNode result = response == null ? null : response.get("ia::result");
            if (result == null || !result.isArray()) {
                throw new LedgerException("malformedResponse", "the query service answered without an ia::result list for "
                        + request.get("object").asText(), true);
            }
            result.forEach(rows::add);
            JsonNode next = response.path("ia::meta").path("next");
            Integer following = next.isNumber() || (next.isTextual() && !next.asText().isBlank()) ? next.asInt() : null;
            if (following != null && following <= start) {
                throw new LedgerException("malformedResponse", "the query service's next page " + following
                        + " does not follow page " + start, false);
            }
            start = following;
        }
        return rows;
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
