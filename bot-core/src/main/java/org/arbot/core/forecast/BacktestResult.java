package org.arbot.core.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * How the forecast did against what was received, over several forecast dates: weekly WAPE (the sum of absolute weekly
 * errors over the sum of weekly receipts) of the model and of the due-date baseline.
 */
public record BacktestResult(List<Origin> origins) {

    public BacktestResult {
        origins = List.copyOf(origins);
    }

    /**
     * One forecast date: weekly receipts as forecast by each method and as received, in minor units.
     *
     * @param actualOnOpen receipts on the invoices already open at {@code asOf} only
     * @param modelOnOpen the model's forecast for those invoices only, without invoices not yet issued
     */
    public record Origin(LocalDate asOf, long[] actual, long[] model, long[] baseline, long[] low, long[] high,
            long[] actualOnOpen, long[] modelOnOpen) {

        long absoluteError(long[] forecast) {
            return absoluteError(actual, forecast);
        }

        static long absoluteError(long[] truth, long[] forecast) {
            long sum = 0;
            for (int w = 0; w < truth.length; w++) {
                sum += Math.abs(truth[w] - forecast[w]);
            }
            return sum;
        }

        long actualTotal() {
            return total(actual);
        }

        static long total(long[] weeks) {
            long sum = 0;
            for (long a : weeks) {
                sum += a;
            }
            return sum;
        }

        public BigDecimal modelWape() {
            return ratio(absoluteError(model), actualTotal());
        }

        public BigDecimal baselineWape() {
            return ratio(absoluteError(baseline), actualTotal());
        }
    }

    /** The model's weekly WAPE over every forecast date, as a fraction (0.25 is 25 %). */
    public BigDecimal modelWape() {
        return ratio(origins.stream().mapToLong(o -> o.absoluteError(o.model())).sum(), actualTotal());
    }

    public BigDecimal baselineWape() {
        return ratio(origins.stream().mapToLong(o -> o.absoluteError(o.baseline())).sum(), actualTotal());
    }

    /**
     * The model's weekly WAPE on the invoices open at each forecast date alone: how well it times known invoices,
     * whatever it expects of invoices not yet issued.
     */
    public BigDecimal modelWapeOnOpen() {
        return ratio(origins.stream().mapToLong(o -> Origin.absoluteError(o.actualOnOpen(), o.modelOnOpen())).sum(),
                origins.stream().mapToLong(o -> Origin.total(o.actualOnOpen())).sum());
    }

    /** The due-date baseline's weekly WAPE on the invoices open at each forecast date alone. */
    public BigDecimal baselineWapeOnOpen() {
        return ratio(origins.stream().mapToLong(o -> Origin.absoluteError(o.actualOnOpen(), o.baseline())).sum(),
                origins.stream().mapToLong(o -> Origin.total(o.actualOnOpen())).sum());
    }

    /** How much lower the model's WAPE is than the baseline's, as a fraction of the baseline's. */
    public BigDecimal improvement() {
        BigDecimal baseline = baselineWape();
        return baseline.signum() == 0 ? BigDecimal.ZERO
                : baseline.subtract(modelWape()).divide(baseline, 4, RoundingMode.HALF_UP);
    }

    /** The share of weeks whose receipts fell within the forecast range. */
    public BigDecimal rangeCoverage() {
        long inside = 0;
        long weeks = 0;
        for (Origin origin : origins) {
            for (int w = 0; w < origin.actual().length; w++) {
                weeks++;
                if (origin.actual()[w] >= origin.low()[w] && origin.actual()[w] <= origin.high()[w]) {
                    inside++;
                }
            }
        }
        return ratio(inside, weeks);
    }

    private long actualTotal() {
        return origins.stream().mapToLong(Origin::actualTotal).sum();
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return denominator == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
    }
}
