package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arbot.core.ar.Terms;

/** Maps {@code accounts-receivable/term} rows to {@link Terms}: net days from {@code due.days}, a percentage discount. */
final class TermRows {

    static final String OBJECT = "accounts-receivable/term";
    static final List<String> FIELDS = List.of("key", "id", "due.days", "discount.days", "discount.amount", "discount.unit");

    private TermRows() {
    }

    static Map<String, Terms> byId(List<JsonNode> rows) {
        Map<String, Terms> terms = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            String id = RowValues.text(row, "id");
            boolean percentage = "percentage".equals(RowValues.optional(row, "discount.unit").orElse(""));
            BigDecimal percent = percentage ? new BigDecimal(RowValues.optional(row, "discount.amount").orElse("0")) : BigDecimal.ZERO;
            int discountDays = percentage ? RowValues.at(row, "discount.days").asInt(0) : 0;
            terms.put(id, new Terms(id, RowValues.at(row, "due.days").asInt(0), percent, discountDays));
        }
        return terms;
    }
}
