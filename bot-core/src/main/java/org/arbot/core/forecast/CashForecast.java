package org.arbot.core.forecast;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.arbot.core.money.Money;

/**
 * A weekly cash-receipts forecast made on {@code asOf}, with the expected receipts it adds up, for drill-down.
 *
 * @param predictedDso DSO projected for the month of {@code asOf} and the months after it
 */
public record CashForecast(LocalDate asOf, List<WeekForecast> weeks, List<ExpectedReceipt> receipts,
        List<MonthlyDso> predictedDso) {

    public CashForecast {
        Objects.requireNonNull(asOf, "asOf");
        weeks = List.copyOf(weeks);
        receipts = List.copyOf(receipts);
        predictedDso = List.copyOf(predictedDso);
    }

    /** The expected receipts of the first {@code n} weeks. */
    public Money expectedInWeeks(int n) {
        return weeks.stream().limit(n).map(WeekForecast::expected).reduce(Money::plus).orElseThrow();
    }

    /** The sum of the range's low ends over the first {@code n} weeks (a prudent figure, not a quantile of the sum). */
    public Money lowInWeeks(int n) {
        return weeks.stream().limit(n).map(WeekForecast::low).reduce(Money::plus).orElseThrow();
    }

    public Money highInWeeks(int n) {
        return weeks.stream().limit(n).map(WeekForecast::high).reduce(Money::plus).orElseThrow();
    }
}
