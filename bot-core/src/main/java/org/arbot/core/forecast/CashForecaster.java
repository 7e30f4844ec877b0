package org.arbot.core.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.arbot.core.money.Money;

/**
 * Forecasts weekly cash receipts from a book: every open invoice is expected on the dates its customer's delay history
 * still allows (segment, then terms, as fallbacks), recurring invoices and the run rate add the invoices not yet issued.
 * The expected amount per week is exact; its range comes from a seeded simulation, so the same book always gives the
 * same forecast.
 */
public final class CashForecaster {

    static final int PREDICTED_MONTHS = 3;

    private final ForecastSettings settings;

    public CashForecaster(ForecastSettings settings) {
        this.settings = settings;
    }

    public CashForecast forecast(ReceivablesBook book) {
        LocalDate asOf = book.asOf();
        LocalDate horizon = asOf.plusDays(7L * settings.weeks());
        YearMonth lastMonth = YearMonth.from(asOf).plusMonths(PREDICTED_MONTHS);
        LocalDate until = horizon.isAfter(lastMonth.atEndOfMonth()) ? horizon : lastMonth.atEndOfMonth();
        List<ExpectedReceipt> receipts = new ExpectedReceipts(settings).from(book, until);
        return new CashForecast(asOf, weeks(asOf, receipts, book), receipts,
                PredictiveDso.project(book, receipts, PREDICTED_MONTHS));
    }

    private List<WeekForecast> weeks(LocalDate asOf, List<ExpectedReceipt> receipts, ReceivablesBook book) {
        int weeks = settings.weeks();
        long[][] simulated = simulate(asOf, receipts);
        List<WeekForecast> forecast = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            LocalDate from = asOf.plusDays(7L * w + 1);
            LocalDate to = from.plusDays(6);
            BigDecimal expected = BigDecimal.ZERO;
            for (ExpectedReceipt receipt : receipts) {
                double p = receipt.probabilityBetween(from, to);
                if (p > 0) {
                    expected = expected.add(receipt.amount().amount().multiply(BigDecimal.valueOf(p)));
                }
            }
            long[] outcomes = simulated[w];
            Arrays.sort(outcomes);
            forecast.add(new WeekForecast(w + 1, from, to, Money.of(expected, book.currency(), RoundingMode.HALF_UP),
                    Money.ofMinor(quantile(outcomes, settings.low()), book.currency()),
                    Money.ofMinor(quantile(outcomes, settings.high()), book.currency())));
        }
        return forecast;
    }

    /** Per week, the receipts of each simulated run, in minor units. */
    private long[][] simulate(LocalDate asOf, List<ExpectedReceipt> receipts) {
        int weeks = settings.weeks();
        long[][] byWeek = new long[weeks][settings.runs()];
        Random random = new Random(settings.seed());
        long start = asOf.toEpochDay();
        for (int run = 0; run < settings.runs(); run++) {
            for (ExpectedReceipt receipt : receipts) {
                LocalDate date = receipt.payDates().get(random.nextInt(receipt.payDates().size()));
                long week = (date.toEpochDay() - start - 1) / 7;
                if (date.toEpochDay() > start && week < weeks) {
                    byWeek[(int) week][run] += receipt.amount().minorUnits();
                }
            }
        }
        return byWeek;
    }

    private static long quantile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
    }
}
