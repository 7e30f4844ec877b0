package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.arbot.core.ar.ApprovalState;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.ar.SalesOrderId;

/**
 * Maps order-entry {@code Sales Order} documents to {@link SalesOrder}s. The REST API has no approve workflow, so a
 * credit release is the move from {@code pending}/{@code draft} to {@code submitted}, and a decline keeps the document
 * pending with the decision recorded in {@code notes}, which therefore start with {@link #DECLINED} or {@link #RELEASED}.
 */
final class SalesOrderRows {

    static final String OBJECT = "order-entry/document::Sales Order";
    static final String PATH = "/objects/order-entry/document::Sales%20Order/";
    static final List<String> FIELDS = List.of("key", "documentNumber", "customer.id", "txnDate", "totalInTxnCurrency",
            "txnCurrency", "state", "notes");
    static final List<String> HELD_STATES = List.of("pending", "draft");
    static final String DECLINED = "Credit declined: ";
    static final String RELEASED = "Credit released: ";

    private SalesOrderRows() {
    }

    static SalesOrder order(JsonNode row, String baseCurrency) {
        String currency = RowValues.optional(row, "txnCurrency").orElse(baseCurrency);
        String state = RowValues.optional(row, "state").orElse("pending");
        String notes = RowValues.optional(row, "notes").orElse("");
        ApprovalState approval;
        if (HELD_STATES.contains(state)) {
            approval = notes.startsWith(DECLINED) ? ApprovalState.DECLINED : ApprovalState.PENDING;
        } else {
            approval = state.equals("declined") ? ApprovalState.DECLINED : ApprovalState.APPROVED;
        }
        String note = notes.startsWith(DECLINED) ? notes.substring(DECLINED.length())
                : notes.startsWith(RELEASED) ? notes.substring(RELEASED.length()) : notes;
        return new SalesOrder(
                SalesOrderId.of(RowValues.text(row, "documentNumber")),
                CustomerId.of(RowValues.text(row, "customer.id")),
                RowValues.date(row, "txnDate"),
                RowValues.money(row, "totalInTxnCurrency", currency),
                approval,
                note);
    }
}
