package org.arbot.core.ar;

import java.time.LocalDate;
import java.util.Objects;
import org.arbot.core.money.Money;

/** A sales order and where it stands in credit approval. */
public record SalesOrder(
        SalesOrderId id,
        CustomerId customerId,
        LocalDate orderDate,
        Money amount,
        ApprovalState approval,
        String note) {

    public SalesOrder {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderDate, "orderDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(approval, "approval");
        note = note == null ? "" : note;
    }

    public boolean awaitsCreditDecision() {
        return approval == ApprovalState.PENDING;
    }
}
