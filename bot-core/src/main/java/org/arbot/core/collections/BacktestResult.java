package org.arbot.core.collections;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How well rankings named, each month, the customers about to slip: precision and recall at the top quartile, summed over
 * the months tested.
 *
 * @param months month-ends tested
 * @param ranked customer-months ranked
 * @param positives customer-months that became 30+ days later than usual in the following month
 * @param risk the risk-score ranking
 * @param impact the priority-list ranking (overdue amount times risk)
 * @param overdue the baseline: largest overdue amount first
 */
public record BacktestResult(int months, int ranked, int positives, Hits risk, Hits impact, Hits overdue) {

    public BacktestResult {
        Objects.requireNonNull(risk, "risk");
        Objects.requireNonNull(impact, "impact");
        Objects.requireNonNull(overdue, "overdue");
    }

    /** Of the {@code k} customer-months a ranking put in its top quartile, {@code hits} were positives. */
    public record Hits(int k, int hits, int positives) {

        public BigDecimal precision() {
            return ratio(hits, k);
        }

        public BigDecimal recall() {
            return ratio(hits, positives);
        }

        Hits plus(Hits other) {
            return new Hits(k + other.k, hits + other.hits, positives + other.positives);
        }

        private static BigDecimal ratio(int part, int whole) {
            return whole == 0 ? BigDecimal.ZERO.setScale(3) : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
        }
    }
}
