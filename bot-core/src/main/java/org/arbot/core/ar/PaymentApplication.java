package org.arbot.core.ar;

import java.util.Objects;
import org.arbot.core.money.Money;

/** Part of a payment applied to one invoice. */
public record PaymentApplication(InvoiceId invoiceId, Money amount) {

    public PaymentApplication {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("an application to " + invoiceId + " must be positive, got " + amount);
        }
    }
}
