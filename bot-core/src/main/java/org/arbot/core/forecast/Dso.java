package org.arbot.core.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.arbot.core.money.Money;

/**
 * The two days-sales-outstanding formulas, to one decimal place.
 *
 * <p>Standard: AR at the period's end divided by the period's credit sales, times the days in the period.
 * Countback: walk back month by month from the period's end, taking each month's sales out of the AR balance; every
 * month fully absorbed counts its days, the month that absorbs the rest counts the matching fraction of its days.
 */
public final class Dso {

    static final int SCALE = 1;

    private Dso() {
    }

    /** Standard DSO; empty when the period had no sales. */
    public static Optional<BigDecimal> standard(Money ar, Money sales, int days) {
        if (!sales.isPositive()) {
            return Optional.empty();
        }
        return Optional.of(ar.amount().multiply(BigDecimal.valueOf(days))
                .divide(sales.amount(), SCALE, RoundingMode.HALF_UP));
    }

    /**
     * Countback DSO over months listed most recent first. When the history ends before the AR balance is absorbed, the
     * answer is the days of the whole history (a lower bound).
     */
    public static BigDecimal countback(Money ar, List<MonthSales> recentFirst) {
        BigDecimal days = BigDecimal.ZERO;
        Money left = ar.max(Money.zero(ar.currency()));
        for (MonthSales month : recentFirst) {
            if (left.isZero()) {
                break;
            }
            if (!left.isGreaterThan(month.sales()) && month.sales().isPositive()) {
                BigDecimal fraction = left.amount().multiply(BigDecimal.valueOf(month.days()))
                        .divide(month.sales().amount(), 10, RoundingMode.HALF_UP);
                return days.add(fraction).setScale(SCALE, RoundingMode.HALF_UP);
            }
            days = days.add(BigDecimal.valueOf(month.days()));
            left = left.minus(month.sales());
        }
        return days.setScale(SCALE, RoundingMode.HALF_UP);
    }

    /** A month's credit sales and its number of days, for countback. */
    public record MonthSales(Money sales, int days) {
    }
}
