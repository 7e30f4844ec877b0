package org.arbot.core.deductions;

import java.util.Objects;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.money.Money;

/**
 * An amount short-paid on one invoice, with its reason, whether it stands and the phrase or rule that says so.
 *
 * @param evidence the remittance phrase, code or amount rule the reason was read from
 */
public record Deduction(InvoiceId invoiceId, Money amount, DeductionReason reason, Validity validity, String evidence) {

    public Deduction {
        Objects.requireNonNull(invoiceId, "invoiceId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(validity, "validity");
        evidence = evidence == null ? "" : evidence;
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a deduction on " + invoiceId + " must be positive, got " + amount);
        }
    }
}
