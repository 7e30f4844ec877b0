package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Terms;

/**
 * Maps {@code accounts-receivable/customer} rows to {@link Customer}. The collector is the customer's
 * {@code salesRepresentative} (Intacct has no collector field) and the trade name is {@code contacts.default.printAs}.
 */
final class CustomerRows {

    static final String OBJECT = "accounts-receivable/customer";
    static final List<String> FIELDS = List.of("key", "id", "name", "parent.id", "creditLimit", "isOnHold", "term.id",
            "salesRepresentative.id", "currency", "contacts.default.printAs");
    static final String UNASSIGNED = "unassigned";

    private CustomerRows() {
    }

    static Customer customer(JsonNode row, Map<String, Terms> terms, String baseCurrency) {
        String name = RowValues.text(row, "name");
        String currency = RowValues.optional(row, "currency").orElse(baseCurrency);
        Terms customerTerms = RowValues.optional(row, "term.id")
                .map(id -> terms.getOrDefault(id, new Terms(id, 30, java.math.BigDecimal.ZERO, 0)))
                .orElse(Terms.net(30));
        List<String> aliases = RowValues.optional(row, "contacts.default.printAs")
                .filter(alias -> !alias.equalsIgnoreCase(name)).stream().toList();
        return new Customer(
                CustomerId.of(RowValues.text(row, "id")),
                name,
                RowValues.optional(row, "parent.id").map(CustomerId::of),
                RowValues.money(row, "creditLimit", currency),
                customerTerms,
                CollectorId.of(RowValues.optional(row, "salesRepresentative.id").orElse(UNASSIGNED)),
                RowValues.at(row, "isOnHold").asBoolean(false),
                aliases);
    }

    static Optional<String> key(JsonNode row) {
        return RowValues.optional(row, "key");
    }
}
