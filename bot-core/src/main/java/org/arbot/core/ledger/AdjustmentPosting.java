package org.arbot.core.ledger;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.ar.AdjustmentKind;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.money.Money;

/**
 * An adjustment to post for a deduction or a write-off.
 *
 * @param idempotencyKey stored on the adjustment as its external reference; the same key never posts twice
 * @param invoiceId the invoice whose balance it settles, if any
 */
public record AdjustmentPosting(
        String idempotencyKey,
        CustomerId customerId,
        Optional<InvoiceId> invoiceId,
        LocalDate date,
        Money amount,
        AdjustmentKind kind,
        String reason) {

    public AdjustmentPosting {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(kind, "kind");
        reason = reason == null ? "" : reason;
        if (idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("an adjustment posting needs an idempotency key");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("an adjustment must be positive, got " + amount);
        }
    }
}
