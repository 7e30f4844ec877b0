package org.arbot.core.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.money.Money;

/**
 * Replays history: at the end of each month, forecasts from what was known then and compares every week with the
 * cash actually received, for the model and the due-date baseline.
 */
public final class ForecastBacktest {

    static final int WARM_UP_MONTHS = 4;

    private final ForecastSettings settings;

    public ForecastBacktest(ForecastSettings settings) {
        this.settings = settings;
    }

    /**
     * Forecasts at every month end that leaves a warm-up history of {@link #WARM_UP_MONTHS} months before it and a full
     * horizon of known receipts after it.
     */
    public BacktestResult run(ReceivablesBook full) {
        if (full.invoices().isEmpty()) {
            return new BacktestResult(List.of());
        }
        YearMonth first = YearMonth.from(full.invoices().get(0).invoice().invoiceDate()).plusMonths(WARM_UP_MONTHS - 1);
        List<LocalDate> dates = new ArrayList<>();
        for (YearMonth month = first; ; month = month.plusMonths(1)) {
            LocalDate asOf = month.atEndOfMonth();
            if (asOf.plusDays(7L * settings.weeks()).isAfter(full.asOf())) {
                break;
            }
            dates.add(asOf);
        }
        return run(full, dates);
    }

    /** Forecasts on each of the given dates. */
    public BacktestResult run(ReceivablesBook full, List<LocalDate> dates) {
        CashForecaster forecaster = new CashForecaster(settings);
        List<BacktestResult.Origin> origins = new ArrayList<>();
        for (LocalDate asOf : dates) {
            ReceivablesBook known = full.knownOn(asOf);
            CashForecast forecast = forecaster.forecast(known);
            List<Money> baseline = DueDateBaseline.weekly(known, settings.weeks());
            int weeks = settings.weeks();
            long[] actual = new long[weeks];
            long[] model = new long[weeks];
            long[] naive = new long[weeks];
            long[] low = new long[weeks];
            long[] high = new long[weeks];
            long[] actualOnOpen = new long[weeks];
            long[] modelOnOpen = new long[weeks];
            Set<InvoiceId> openIds = known.openOn(asOf).stream().map(h -> h.invoice().id()).collect(Collectors.toSet());
            List<InvoiceHistory> open = full.invoices().stream().filter(h -> openIds.contains(h.invoice().id())).toList();
            for (int w = 0; w < weeks; w++) {
                WeekForecast week = forecast.weeks().get(w);
                actual[w] = full.cashBetween(week.from(), week.to()).minorUnits();
                model[w] = week.expected().minorUnits();
                naive[w] = baseline.get(w).minorUnits();
                low[w] = week.low().minorUnits();
                high[w] = week.high().minorUnits();
                actualOnOpen[w] = open.stream().mapToLong(h -> h.cashBetween(week.from(), week.to()).minorUnits()).sum();
                modelOnOpen[w] = Math.round(forecast.receipts().stream()
                        .filter(r -> r.source() == ExpectedReceipt.Source.OPEN_INVOICE)
                        .mapToDouble(r -> r.amount().minorUnits() * r.probabilityBetween(week.from(), week.to())).sum());
            }
            origins.add(new BacktestResult.Origin(asOf, actual, model, naive, low, high, actualOnOpen, modelOnOpen));
        }
        return new BacktestResult(origins);
    }
}
