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

    /** One forecast date: weekly receipts as forecast by each method and as received, in minor units. */
    public record Origin(LocalDate asOf, long[] actual, long[] model, long[] baseline, long[] low, long[] high) {

        long absoluteError(long[] forecast) {
            long sum = 0;
            for (int w = 0; w < actual.length; w++) {
                sum += Math.abs(actual[w] - forecast[w]);
            }
            return sum;
        }

        long actualTotal() {
            long sum = 0;
            for (long a : actual) {
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
