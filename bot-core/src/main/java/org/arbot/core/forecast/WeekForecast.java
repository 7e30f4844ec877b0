package org.arbot.core.forecast;

import java.time.LocalDate;
import java.util.Objects;
import org.arbot.core.money.Money;

/**
 * Receipts expected in one week of the forecast, with the range they should fall in.
 *
 * @param index 1 for the first week after {@code asOf}
 * @param from the week's first day
 * @param to the week's last day
 * @param expected the expected (mean) receipts
 * @param low the range's low end (a low quantile of the simulated receipts)
 * @param high the range's high end
 */
public record WeekForecast(int index, LocalDate from, LocalDate to, Money expected, Money low, Money high) {

    public WeekForecast {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
    }
}
