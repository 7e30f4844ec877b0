package org.arbot.core.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.money.Money;

/**
 * An amount expected to be received on one of several equally likely dates: an open invoice's balance, or an invoice
 * not yet issued.
 *
 * @param customerId empty for the run rate of customers without a recurring pattern
 * @param label the invoice number, or what the projected invoice stands for
 * @param issued the invoice date (projected for invoices not yet issued)
 * @param payDates the equally likely dates of payment, all after the forecast's {@code asOf}
 */
public record ExpectedReceipt(
        Source source,
        Optional<CustomerId> customerId,
        String label,
        Money amount,
        LocalDate issued,
        List<LocalDate> payDates,
        PayDelays.Basis basis) {

    /** What an expected receipt stands for. */
    public enum Source {
        /** The balance of an invoice open on {@code asOf}. */
        OPEN_INVOICE,
        /** The next invoice of a customer billed every month, as seen in history. */
        RECURRING,
        /** Sales at the recent weekly rate of customers without a recurring pattern. */
        RUN_RATE
    }

    public ExpectedReceipt {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(issued, "issued");
        payDates = List.copyOf(payDates);
        Objects.requireNonNull(basis, "basis");
        if (payDates.isEmpty()) {
            throw new IllegalArgumentException("expected receipt " + label + " needs at least one pay date");
        }
    }

    /** The share of pay dates from {@code from} to {@code to}, both inclusive: the probability of receipt then. */
    public double probabilityBetween(LocalDate from, LocalDate to) {
        long hits = payDates.stream().filter(d -> !d.isBefore(from) && !d.isAfter(to)).count();
        return (double) hits / payDates.size();
    }

    /** How many of the pay dates fall after {@code day}. */
    long unpaidAfter(LocalDate day) {
        return payDates.stream().filter(d -> d.isAfter(day)).count();
    }
}
