package org.arbot.core.forecast;

import java.util.Objects;

/**
 * How the cash forecast is made.
 *
 * @param weeks the horizon in weeks
 * @param runs how many simulated outcomes give the range
 * @param seed the simulation's seed, so the same facts always give the same range
 * @param low the quantile of the range's low end (0.1: one week in ten below it)
 * @param high the quantile of the range's high end
 * @param staleWeeks an invoice older than every delay in its history is expected evenly over this many weeks
 * @param runRate whether sales of customers without a recurring pattern continue at their recent weekly rate
 */
public record ForecastSettings(int weeks, int runs, long seed, double low, double high, int staleWeeks, boolean runRate,
        Segmentation segmentation) {

    public ForecastSettings {
        Objects.requireNonNull(segmentation, "segmentation");
        if (weeks < 1 || runs < 1 || staleWeeks < 1) {
            throw new IllegalArgumentException("weeks, runs and staleWeeks must be positive: " + weeks + ", " + runs + ", " + staleWeeks);
        }
        if (!(0 <= low && low < high && high <= 1)) {
            throw new IllegalArgumentException("the range needs 0 <= low < high <= 1, got " + low + ", " + high);
        }
    }

    /** 13 weeks, an 80 % range (P10 to P90) from 500 runs, recurring billing and run rate. */
    public static ForecastSettings standard() {
        return new ForecastSettings(13, 500, 42L, 0.1, 0.9, 8, true, Segmentation.byTerms());
    }

    public ForecastSettings withoutRunRate() {
        return new ForecastSettings(weeks, runs, seed, low, high, staleWeeks, false, segmentation);
    }
}
