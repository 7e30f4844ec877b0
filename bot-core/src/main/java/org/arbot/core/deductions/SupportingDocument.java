package org.arbot.core.deductions;

import java.util.Objects;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.money.Money;

/**
 * A document that can back or contradict a deduction: an open credit memo, an agreed promotion, a documented return
 * (RMA), or an order shipped freight prepaid.
 *
 * @param reference what the customer would quote: the credit memo, promotion or RMA number
 * @param amount the amount the document covers
 */
public record SupportingDocument(CustomerId customerId, Kind kind, String reference, Money amount) {

    /** What the document is. */
    public enum Kind {
        CREDIT_MEMO,
        PROMOTION,
        RETURN,
        PREPAID_FREIGHT
    }

    public SupportingDocument {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(kind, "kind");
        reference = reference == null ? "" : reference;
        Objects.requireNonNull(amount, "amount");
    }
}
