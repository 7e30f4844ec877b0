package org.arbot.core.collections;

import java.time.LocalDate;
import java.util.List;
import org.arbot.core.ar.Payment;
import org.arbot.core.money.Money;

/** Where a promise to pay stands on a day, judged from the payments received since it was made. */
public enum PromiseStatus {
    /** Its date (with grace) has not passed and it is not paid yet. */
    PENDING,
    /** Payments from the customer since it was made reach its amount by its deadline. */
    KEPT,
    /** Its deadline passed without enough being paid. */
    BROKEN;

    /** @param payments the customer's payments; only those between the promise and its deadline count */
    public static PromiseStatus of(PromiseToPay promise, List<Payment> payments, LocalDate asOf) {
        Money paid = payments.stream()
                .filter(p -> p.customerId().equals(promise.customerId()))
                .filter(p -> !p.receivedDate().isBefore(promise.loggedOn()) && !p.receivedDate().isAfter(promise.deadline()))
                .filter(p -> !p.receivedDate().isAfter(asOf))
                .map(Payment::amount)
                .reduce(Money.zero(promise.amount().currency()), Money::plus);
        if (!paid.isLessThan(promise.amount())) {
            return KEPT;
        }
        return asOf.isAfter(promise.deadline()) ? BROKEN : PENDING;
    }
}
