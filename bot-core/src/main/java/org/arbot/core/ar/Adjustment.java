package org.arbot.core.ar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.money.Money;

/**
 * An AR adjustment (credit memo or write-off) that reduces what a customer owes.
 *
 * @param invoiceId the invoice it settles, when it settles one
 * @param reference the external reference stored on the record; the bot puts its idempotency key here
 */
public record Adjustment(
        AdjustmentId id,
        CustomerId customerId,
        Optional<InvoiceId> invoiceId,
        LocalDate date,
        Money amount,
        AdjustmentKind kind,
        String reason,
        String reference) {

    public Adjustment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(kind, "kind");
        reason = reason == null ? "" : reason;
        reference = reference == null ? "" : reference;
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("adjustment " + id + " must be positive, got " + amount);
        }
    }
}
