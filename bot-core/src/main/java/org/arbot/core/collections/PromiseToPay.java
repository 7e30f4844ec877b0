package org.arbot.core.collections;

import java.time.LocalDate;
import java.util.Objects;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.money.Money;

/**
 * A customer's promise, logged by a collector, to pay an amount by a date.
 *
 * @param loggedOn the day the promise was made; payments from then on count towards keeping it
 * @param loggedBy who logged it (a chat user id)
 */
public record PromiseToPay(CustomerId customerId, Money amount, LocalDate promisedFor, LocalDate loggedOn, String loggedBy) {

    /** Days after the promised date before an unpaid promise counts as broken: payments take a few days to arrive. */
    public static final int GRACE_DAYS = 3;

    public PromiseToPay {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(promisedFor, "promisedFor");
        Objects.requireNonNull(loggedOn, "loggedOn");
        loggedBy = loggedBy == null ? "" : loggedBy;
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a promise to pay needs a positive amount, got " + amount);
        }
        if (promisedFor.isBefore(loggedOn)) {
            throw new IllegalArgumentException("a promise logged on " + loggedOn + " cannot be for " + promisedFor);
        }
    }

    /** The last day a payment keeps the promise. */
    public LocalDate deadline() {
        return promisedFor.plusDays(GRACE_DAYS);
    }
}
