package org.arbot.core.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.money.Money;

/**
 * A payment to post: the amount received, the invoices it pays and what stays unapplied on account.
 *
 * @param idempotencyKey stored on the payment as its external reference; the same key never posts twice
 * @param bankLine the bank line this payment clears, if it came from one
 */
public record PaymentPosting(
        String idempotencyKey,
        CustomerId customerId,
        LocalDate receivedDate,
        Money amount,
        List<PaymentApplication> applications,
        Optional<BankLineId> bankLine,
        String memo) {

    public PaymentPosting {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(receivedDate, "receivedDate");
        Objects.requireNonNull(amount, "amount");
        applications = List.copyOf(applications);
        Objects.requireNonNull(bankLine, "bankLine");
        memo = memo == null ? "" : memo;
        if (idempotencyKey.isBlank()) {
            throw new IllegalArgumentException("a payment posting needs an idempotency key");
        }
        // The fields are not assigned until the constructor ends, so sum the parameter, not applied().
        Money applied = sum(applications, amount);
        if (applied.isGreaterThan(amount)) {
            throw new IllegalArgumentException("applications " + applied + " exceed the payment " + amount);
        }
    }

    public Money applied() {
        return sum(applications, amount);
    }

    private static Money sum(List<PaymentApplication> applications, Money amount) {
        return applications.stream().map(PaymentApplication::amount).reduce(Money.zero(amount.currency()), Money::plus);
    }

    public Money unapplied() {
        return amount.minus(applied());
    }
}
