package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.CustomerId;

/**
 * Maps cash-management {@code bank-transaction} deposits to {@link BankLine}s: payer from {@code payee}, reference from
 * {@code bankReferenceNumber}, remittance from {@code extendedDescription} (or {@code description} when that is empty).
 */
final class BankLineRows {

    static final String OBJECT = "cash-management/bank-transaction";
    static final List<String> FIELDS = List.of("key", "postingDate", "amount", "financialAccount.currency", "payee",
            "bankReferenceNumber", "extendedDescription", "description", "customer.id");
    /** Written into a payment's {@code documentNumber} to say which bank line it clears. */
    static final String REFERENCE_PREFIX = "bank-transaction:";

    private BankLineRows() {
    }

    static BankLine bankLine(JsonNode row, String baseCurrency) {
        String currency = RowValues.optional(row, "financialAccount.currency").orElse(baseCurrency);
        return new BankLine(
                BankLineId.of(RowValues.text(row, "key")),
                RowValues.date(row, "postingDate"),
                RowValues.money(row, "amount", currency),
                RowValues.optional(row, "payee").orElse(""),
                RowValues.optional(row, "bankReferenceNumber").orElse(""),
                RowValues.optional(row, "extendedDescription").or(() -> RowValues.optional(row, "description")).orElse(""),
                RowValues.optional(row, "customer.id").map(CustomerId::of));
    }
}
