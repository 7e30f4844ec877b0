package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.BiPredicate;

/** The query service's filter operators, each comparing a record's value with the filter's value the way Intacct does. */
enum FilterOperator {
    EQ("$eq", (v, f) -> compare(v, f) == 0),
    NE("$ne", (v, f) -> compare(v, f) != 0),
    LT("$lt", (v, f) -> compare(v, f) < 0),
    LTE("$lte", (v, f) -> compare(v, f) <= 0),
    GT("$gt", (v, f) -> compare(v, f) > 0),
    GTE("$gte", (v, f) -> compare(v, f) >= 0),
    IN("$in", (v, f) -> anyEqual(v, f)),
    NOT_IN("$notIn", (v, f) -> !anyEqual(v, f)),
    BETWEEN("$between", (v, f) -> compare(v, f.path(0)) >= 0 && compare(v, f.path(1)) <= 0),
    NOT_BETWEEN("$notBetween", (v, f) -> !(compare(v, f.path(0)) >= 0 && compare(v, f.path(1)) <= 0)),
    CONTAINS("$contains", (v, f) -> text(v).contains(f.asText())),
    NOT_CONTAINS("$notContains", (v, f) -> !text(v).contains(f.asText())),
    STARTS_WITH("$startsWith", (v, f) -> text(v).startsWith(f.asText())),
    NOT_STARTS_WITH("$notStartsWith", (v, f) -> !text(v).startsWith(f.asText())),
    ENDS_WITH("$endsWith", (v, f) -> text(v).endsWith(f.asText())),
    NOT_ENDS_WITH("$notEndsWith", (v, f) -> !text(v).endsWith(f.asText()));

    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("-?\\d+(\\.\\d+)?");

    private final String name;
    private final BiPredicate<JsonNode, JsonNode> test;

    FilterOperator(String name, BiPredicate<JsonNode, JsonNode> test) {
        this.name = name;
        this.test = test;
    }

    static FilterOperator named(String name, int filterNumber) {
        for (FilterOperator operator : values()) {
            if (operator.name.equals(name)) {
                return operator;
            }
        }
        throw SandboxError.invalid("filter " + filterNumber + " uses unknown operator " + name, "/filters/" + (filterNumber - 1));
    }

    /** Whether the record value passes; a missing value only passes the negative operators. */
    boolean test(JsonNode value, JsonNode filterValue, boolean caseSensitive) {
        if (!caseSensitive) {
            value = lower(value);
            filterValue = lower(filterValue);
        }
        if (value.isMissingNode() || value.isNull()) {
            return this == NE || this == NOT_IN || this == NOT_CONTAINS || this == NOT_STARTS_WITH
                    || this == NOT_ENDS_WITH || this == NOT_BETWEEN;
        }
        return test.test(value, filterValue);
    }

    /** Numbers compare as decimals (amounts are decimal strings), everything else as text (ISO dates sort as text). */
    static int compare(JsonNode value, JsonNode filter) {
        BigDecimal left = decimal(value);
        BigDecimal right = decimal(filter);
        if (left != null && right != null) {
            return left.compareTo(right);
        }
        return text(value).compareTo(filter.asText());
    }

    private static boolean anyEqual(JsonNode value, JsonNode candidates) {
        for (JsonNode candidate : candidates) {
            if (compare(value, candidate) == 0) {
                return true;
            }
        }
        return false;
    }

    private static BigDecimal decimal(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual() && DECIMAL.matcher(node.asText()).matches()) {
            return new BigDecimal(node.asText());
        }
        return null;
    }

    private static String text(JsonNode node) {
        return node.asText();
    }

    private static JsonNode lower(JsonNode node) {
        if (node.isTextual()) {
            return com.fasterxml.jackson.databind.node.TextNode.valueOf(node.asText().toLowerCase(Locale.ROOT));
        }
        if (node.isArray()) {
            com.fasterxml.jackson.databind.node.ArrayNode copy = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(lower(item)));
            return copy;
        }
        return node;
    }
}
