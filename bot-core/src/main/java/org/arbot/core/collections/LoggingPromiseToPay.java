package org.arbot.core.collections;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.NotFoundException;
import org.arbot.core.money.Money;

/**
 * Logs a promise to pay that a collector took in chat; the next priority lists show it while pending and count it once
 * broken.
 */
public final class LoggingPromiseToPay {

    /** A promise as the collector states it: the amount in the customer's currency and the date. */
    public record LogPromise(CustomerId customerId, BigDecimal amount, LocalDate promisedFor, String loggedBy) {

        public LogPromise {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(amount, "amount");
            Objects.requireNonNull(promisedFor, "promisedFor");
        }
    }

    private final Ledger ledger;
    private final PromisesToPay promises;
    private final Clock clock;

    public LoggingPromiseToPay(Ledger ledger, PromisesToPay promises, Clock clock) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.promises = Objects.requireNonNull(promises, "promises");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @throws NotFoundException when the ledger has no such customer
     * @throws IllegalArgumentException for a non-positive amount or a date already past, naming the value
     */
    public PromiseToPay log(LogPromise command) {
        Customer customer = ledger.customer(command.customerId())
                .orElseThrow(() -> new NotFoundException("customer " + command.customerId()));
        LocalDate today = LocalDate.now(clock);
        if (command.promisedFor().isBefore(today)) {
            throw new IllegalArgumentException("a promise cannot be for " + command.promisedFor() + ", before today " + today);
        }
        if (command.amount().signum() <= 0) {
            throw new IllegalArgumentException("a promise needs a positive amount, got " + command.amount().toPlainString());
        }
        PromiseToPay promise = new PromiseToPay(customer.id(), Money.of(command.amount(), customer.creditLimit().currency()),
                command.promisedFor(), today, command.loggedBy());
        promises.add(promise);
        return promise;
    }
}
