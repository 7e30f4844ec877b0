package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /services/core/query}: selects records of one object by numbered filters combined by the
 * {@code filterExpression}, orders them, returns the page from {@code start} (1-based) of {@code size} records with
 * only the requested fields, nested the way the object's schema nests them.
 */
final class QueryService {

    static final int MAX_SIZE = 4000;
    static final int DEFAULT_SIZE = 100;

    private final Envelopes envelopes;

    QueryService(Envelopes envelopes) {
        this.envelopes = envelopes;
    }

    ObjectNode query(DemoCompany company, JsonNode request) {
        String objectName = request.path("object").asText("");
        SandboxObject object = SandboxObject.named(objectName)
                .orElseThrow(() -> SandboxError.invalid("object '" + objectName + "' is not a queryable object", "/object"));
        int start = request.path("start").asInt(1);
        int size = request.path("size").asInt(DEFAULT_SIZE);
        if (start < 1) {
            throw SandboxError.invalid("start must be 1 or more, got " + start, "/start");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw SandboxError.invalid("size must be between 1 and " + MAX_SIZE + ", got " + size, "/size");
        }
        List<Filter> filters = filters(request.path("filters"));
        boolean caseSensitive = request.path("filterParameters").path("caseSensitiveComparison").asBoolean(true);
        String expression = request.path("filterExpression").asText(null);
        List<String> tokens = expression == null || expression.isBlank() ? List.of() : FilterExpression.tokenize(expression);
        List<ObjectNode> matches = new ArrayList<>();
        for (ObjectNode row : company.rows(object)) {
            if (FilterExpression.evaluate(tokens, expression, filters.size(), n -> filters.get(n - 1).holds(row, caseSensitive))) {
                matches.add(row);
            }
        }
        matches.sort(order(request.path("orderBy")));
        List<String> fields = fields(request.path("fields"));
        List<ObjectNode> page = new ArrayList<>();
        for (int i = start - 1; i < Math.min(matches.size(), start - 1 + size); i++) {
            page.add(project(matches.get(i), fields));
        }
        return envelopes.page(page, matches.size(), start, size);
    }

    private record Filter(FilterOperator operator, String field, JsonNode value) {
        boolean holds(JsonNode row, boolean caseSensitive) {
            return operator.test(JsonPaths.at(row, field), value, caseSensitive);
        }
    }

    private static List<Filter> filters(JsonNode node) {
        List<Filter> filters = new ArrayList<>();
        for (JsonNode filter : node) {
            int number = filters.size() + 1;
            Iterator<Map.Entry<String, JsonNode>> operators = filter.fields();
            if (!operators.hasNext()) {
                throw SandboxError.invalid("filter " + number + " is empty", "/filters/" + (number - 1));
            }
            Map.Entry<String, JsonNode> operator = operators.next();
            Iterator<Map.Entry<String, JsonNode>> operands = operator.getValue().fields();
            if (!operands.hasNext()) {
                throw SandboxError.invalid("filter " + number + " names no field", "/filters/" + (number - 1));
            }
            Map.Entry<String, JsonNode> operand = operands.next();
            filters.add(new Filter(FilterOperator.named(operator.getKey(), number), operand.getKey(), operand.getValue()));
        }
        return filters;
    }

    /** Orders by the requested fields, then by key so that pages never overlap or skip records. */
    private static Comparator<ObjectNode> order(JsonNode orderBy) {
        Comparator<ObjectNode> order = (a, b) -> 0;
        for (JsonNode clause : orderBy) {
            Iterator<Map.Entry<String, JsonNode>> fields = clause.fields();
            if (!fields.hasNext()) {
                continue;
            }
            Map.Entry<String, JsonNode> field = fields.next();
            Comparator<ObjectNode> byField = (a, b) -> compareValues(JsonPaths.at(a, field.getKey()), JsonPaths.at(b, field.getKey()));
            order = order.thenComparing(field.getValue().asText("asc").equalsIgnoreCase("desc") ? byField.reversed() : byField);
        }
        return order.thenComparing((a, b) -> FilterOperator.compare(a.path("key"), b.path("key")));
    }

    private static int compareValues(JsonNode a, JsonNode b) {
        boolean aMissing = a.isMissingNode() || a.isNull();
        boolean bMissing = b.isMissingNode() || b.isNull();
        if (aMissing || bMissing) {
            return Boolean.compare(!aMissing, !bMissing);
        }
        return FilterOperator.compare(a, b);
    }

    private static List<String> fields(JsonNode node) {
        List<String> fields = new ArrayList<>();
        node.forEach(field -> fields.add(field.asText()));
        return fields.isEmpty() ? List.of("key", "id", "href") : fields;
    }

    /** Copies the requested fields, keeping their nesting: {@code customer.id} becomes {@code {"customer":{"id":..}}}. */
    private static ObjectNode project(ObjectNode row, List<String> fields) {
        ObjectNode projected = row.objectNode();
        for (String field : fields) {
            JsonNode value = JsonPaths.at(row, field);
            if (!value.isMissingNode()) {
                JsonPaths.put(projected, field, value.deepCopy());
            } else if (!field.contains(":")) {
                JsonPaths.put(projected, field, row.nullNode());
            }
        }
        return projected;
    }
}
