package org.arbot.core.collections;

import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.arbot.core.ar.Invoice;
import org.arbot.core.money.Money;

/** A customer's open balance split by days past due: not yet due, 1–30, 31–60, 61–90 and over 90. */
public record AgingBuckets(Money current, Money days1to30, Money days31to60, Money days61to90, Money over90) {

    public AgingBuckets {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(days1to30, "days1to30");
        Objects.requireNonNull(days31to60, "days31to60");
        Objects.requireNonNull(days61to90, "days61to90");
        Objects.requireNonNull(over90, "over90");
    }

    /** Ages each open invoice's balance on {@code asOf}. */
    public static AgingBuckets of(List<Invoice> open, java.time.LocalDate asOf, Currency currency) {
        Money[] buckets = new Money[5];
        java.util.Arrays.fill(buckets, Money.zero(currency));
        for (Invoice invoice : open) {
            long days = invoice.daysPastDue(asOf);
            int bucket = days <= 0 ? 0 : days <= 30 ? 1 : days <= 60 ? 2 : days <= 90 ? 3 : 4;
            buckets[bucket] = buckets[bucket].plus(invoice.balance());
        }
        return new AgingBuckets(buckets[0], buckets[1], buckets[2], buckets[3], buckets[4]);
    }

    public Money overdue() {
        return days1to30.plus(days31to60).plus(days61to90).plus(over90);
    }

    public Money total() {
        return current.plus(overdue());
    }

    /** The overdue amount more than 60 days past due. */
    public Money over60() {
        return days61to90.plus(over90);
    }

    List<Money> overdueBuckets() {
        return List.of(days1to30, days31to60, days61to90, over90);
    }
}
