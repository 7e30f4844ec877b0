package org.arbot.core.collections;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;

/**
 * What collections knows about one customer on one day.
 *
 * @param overdueInvoices open invoices past due, oldest due date first
 * @param usualDaysLate average days past due at payment over the baseline window; empty without paid history
 * @param usualSpread the standard deviation of those days: how much lateness is normal noise for this customer
 * @param recentDaysLate the same average over the recent window
 * @param brokenPromises promises whose deadline passed unpaid in the recent window
 * @param pendingPromise the latest promise whose date has not come yet
 */
public record AccountFacts(
        Customer customer,
        LocalDate asOf,
        AgingBuckets aging,
        List<Invoice> overdueInvoices,
        Optional<BigDecimal> usualDaysLate,
        Optional<BigDecimal> usualSpread,
        Optional<BigDecimal> recentDaysLate,
        int brokenPromises,
        Optional<PromiseToPay> pendingPromise,
        int openDisputes) {

    public AccountFacts {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(aging, "aging");
        overdueInvoices = overdueInvoices.stream().sorted(Comparator.comparing(Invoice::dueDate)).toList();
        Objects.requireNonNull(usualDaysLate, "usualDaysLate");
        Objects.requireNonNull(usualSpread, "usualSpread");
        Objects.requireNonNull(recentDaysLate, "recentDaysLate");
        Objects.requireNonNull(pendingPromise, "pendingPromise");
        if (brokenPromises < 0 || openDisputes < 0) {
            throw new IllegalArgumentException("counts must not be negative: " + brokenPromises + ", " + openDisputes);
        }
    }

    /** Days past due of the oldest overdue invoice; zero when nothing is overdue. */
    public long oldestDaysPastDue() {
        return overdueInvoices.isEmpty() ? 0 : overdueInvoices.get(0).daysPastDue(asOf);
    }
}
