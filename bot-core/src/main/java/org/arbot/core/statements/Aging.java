package org.arbot.core.statements;

import java.util.List;
import java.util.Objects;
import org.arbot.core.money.Money;

/** Open balances by days past due: not yet due, 1–30, 31–60, 61–90 and over 90 days. */
public record Aging(Money current, Money days1To30, Money days31To60, Money days61To90, Money over90) {

    public Aging {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(days1To30, "days1To30");
        Objects.requireNonNull(days31To60, "days31To60");
        Objects.requireNonNull(days61To90, "days61To90");
        Objects.requireNonNull(over90, "over90");
    }

    static Aging of(List<OpenItem> items, Money zero) {
        Money[] buckets = {zero, zero, zero, zero, zero};
        for (OpenItem item : items) {
            long late = item.daysPastDue();
            int bucket = late <= 0 ? 0 : late <= 30 ? 1 : late <= 60 ? 2 : late <= 90 ? 3 : 4;
            buckets[bucket] = buckets[bucket].plus(item.balance());
        }
        return new Aging(buckets[0], buckets[1], buckets[2], buckets[3], buckets[4]);
    }

    public Money total() {
        return current.plus(days1To30).plus(days31To60).plus(days61To90).plus(over90);
    }
}
