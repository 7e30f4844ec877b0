package org.arbot.core.forecast;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.money.Money;

/**
 * One month's DSO by both methods, with the figures behind them.
 *
 * @param ar the AR balance at the month's last day
 * @param sales the month's credit sales
 * @param standard empty when the month had no sales
 */
public record MonthlyDso(YearMonth month, Money ar, Money sales, Optional<BigDecimal> standard, BigDecimal countback) {

    public MonthlyDso {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(ar, "ar");
        Objects.requireNonNull(sales, "sales");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(countback, "countback");
    }
}
