package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.arbot.core.ledger.LedgerException;
import org.arbot.core.money.Money;

/** Reads the values of a query row by dotted path, refusing rows that miss what the bot cannot do without. */
final class RowValues {

    private RowValues() {
    }

    static JsonNode at(JsonNode row, String path) {
        JsonNode node = row;
        for (String step : path.split("\\.")) {
            node = node.path(step);
        }
        return node;
    }

    static Optional<String> optional(JsonNode row, String path) {
        JsonNode node = at(row, path);
        return node.isMissingNode() || node.isNull() || node.asText().isBlank() ? Optional.empty() : Optional.of(node.asText());
    }

    static String text(JsonNode row, String path) {
        return optional(row, path).orElseThrow(() -> malformed(row, path));
    }

    static LocalDate date(JsonNode row, String path) {
        try {
            return LocalDate.parse(text(row, path));
        } catch (java.time.format.DateTimeParseException e) {
            throw malformed(row, path);
        }
    }

    static Optional<LocalDate> optionalDate(JsonNode row, String path) {
        return optional(row, path).map(LocalDate::parse);
    }

    /** A decimal string or number in the given currency; a missing amount is zero. */
    static Money money(JsonNode row, String path, String currency) {
        Optional<String> value = optional(row, path);
        try {
            return Money.of(value.map(BigDecimal::new).orElse(BigDecimal.ZERO), Money.currencyOf(currency));
        } catch (IllegalArgumentException e) {
            throw malformed(row, path);
        }
    }

    private static LedgerException malformed(JsonNode row, String path) {
        return new LedgerException("malformedResponse", "Intacct returned a " + path + " that cannot be read in "
                + row.path("key").asText("a row"), false);
    }
}
