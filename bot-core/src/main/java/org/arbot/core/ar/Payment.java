package org.arbot.core.ar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.arbot.core.money.Money;

/**
 * A payment received and posted in the ledger, with the invoices it was applied to.
 *
 * @param reference the external reference stored on the record; the bot puts its idempotency key here
 * @param unapplied what was received but not applied to any invoice (an overpayment, left on account)
 */
public record Payment(
        PaymentId id,
        CustomerId customerId,
        LocalDate receivedDate,
        Money amount,
        String reference,
        String remittance,
        List<PaymentApplication> applications,
        Money unapplied) {

    public Payment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(receivedDate, "receivedDate");
        Objects.requireNonNull(amount, "amount");
        reference = reference == null ? "" : reference;
        remittance = remittance == null ? "" : remittance;
        applications = List.copyOf(applications);
        Objects.requireNonNull(unapplied, "unapplied");
        Money applied = applications.stream().map(PaymentApplication::amount)
                .reduce(Money.zero(amount.currency()), Money::plus);
        if (!applied.plus(unapplied).equals(amount)) {
            throw new IllegalArgumentException("payment " + id + " of " + amount + " does not equal applied " + applied
                    + " plus unapplied " + unapplied);
        }
    }
}
