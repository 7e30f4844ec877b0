package org.arbot.app.slack.bench;

import java.time.Duration;
import java.util.Arrays;

/**
 * What one measured run gave: acks counted, failures (a status other than 200, or no answer), and the ack latency
 * percentiles in milliseconds.
 */
record AckFigures(long requests, long errors, Duration elapsed, double p50Millis, double p99Millis, double maxMillis) {

    static AckFigures of(long[] latencyNanos, long errors, Duration elapsed) {
        long[] sorted = latencyNanos.clone();
        Arrays.sort(sorted);
        return new AckFigures(sorted.length, errors, elapsed, millis(percentile(sorted, 50)),
                millis(percentile(sorted, 99)), millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
    }

    /** Acks per second over the run. */
    double throughput() {
        return elapsed.isZero() ? 0 : (requests - errors) / (elapsed.toNanos() / 1e9);
    }

    /** The nearest-rank percentile. */
    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
