package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.ar.Adjustment;
import org.arbot.core.ar.AdjustmentId;
import org.arbot.core.ar.AdjustmentKind;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.InvoiceId;

/**
 * Maps {@code accounts-receivable/adjustment} rows to {@link Adjustment}s. The bot writes credit memos (negative
 * amounts) with the idempotency key in {@code documentNumber} and a description that starts with the kind
 * ({@code Write-off: } or {@code Credit: }); the invoice it settles is the one a credit application paid.
 */
final class AdjustmentRows {

    static final String OBJECT = "accounts-receivable/adjustment";
    static final List<String> FIELDS = List.of("key", "adjustmentNumber", "customer.id", "createdDate",
            "txnCurrency.currency", "txnCurrency.totalEntered", "description", "documentNumber");
    static final String WRITE_OFF = "Write-off: ";
    static final String CREDIT = "Credit: ";

    private AdjustmentRows() {
    }

    static Adjustment adjustment(JsonNode row, Map<String, InvoiceId> invoiceByAdjustment, String baseCurrency) {
        String currency = RowValues.optional(row, "txnCurrency.currency").orElse(baseCurrency);
        String description = RowValues.optional(row, "description").orElse("");
        AdjustmentKind kind = description.startsWith(WRITE_OFF) ? AdjustmentKind.WRITE_OFF : AdjustmentKind.CREDIT;
        String reason = description.startsWith(WRITE_OFF) ? description.substring(WRITE_OFF.length())
                : description.startsWith(CREDIT) ? description.substring(CREDIT.length()) : description;
        String key = RowValues.text(row, "key");
        return new Adjustment(
                AdjustmentId.of(key),
                CustomerId.of(RowValues.text(row, "customer.id")),
                Optional.ofNullable(invoiceByAdjustment.get(key)),
                RowValues.date(row, "createdDate"),
                RowValues.money(row, "txnCurrency.totalEntered", currency).abs(),
                kind,
                reason,
                RowValues.optional(row, "documentNumber").orElse(""));
    }

    static String description(AdjustmentKind kind, String reason) {
        return (kind == AdjustmentKind.WRITE_OFF ? WRITE_OFF : CREDIT) + reason;
    }
}
