package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.InvoiceState;

/** Maps {@code accounts-receivable/invoice} rows to {@link Invoice}; the id is the record key, the PO is {@code referenceNumber}. */
final class InvoiceRows {

    static final String OBJECT = "accounts-receivable/invoice";
    static final List<String> FIELDS = List.of("key", "invoiceNumber", "customer.id", "invoiceDate", "dueDate",
            "totalTxnAmount", "totalTxnAmountDue", "referenceNumber", "state", "currency.txnCurrency",
            "paymentInformation.fullyPaidDate");
    static final List<String> OPEN_STATES = List.of("posted", "partiallyPaid");

    private InvoiceRows() {
    }

    static Invoice invoice(JsonNode row, String baseCurrency) {
        String currency = RowValues.optional(row, "currency.txnCurrency").orElse(baseCurrency);
        return new Invoice(
                InvoiceId.of(RowValues.text(row, "key")),
                RowValues.text(row, "invoiceNumber"),
                CustomerId.of(RowValues.text(row, "customer.id")),
                RowValues.date(row, "invoiceDate"),
                RowValues.date(row, "dueDate"),
                RowValues.money(row, "totalTxnAmount", currency),
                RowValues.money(row, "totalTxnAmountDue", currency),
                RowValues.optional(row, "referenceNumber"),
                state(RowValues.optional(row, "state").orElse("posted")),
                RowValues.optionalDate(row, "paymentInformation.fullyPaidDate"));
    }

    static InvoiceState state(String state) {
        return switch (state) {
            case "draft" -> InvoiceState.DRAFT;
            case "partiallyPaid" -> InvoiceState.PARTIALLY_PAID;
            case "paid" -> InvoiceState.PAID;
            case "reversed", "reversal" -> InvoiceState.REVERSED;
            default -> InvoiceState.POSTED;
        };
    }
}
