package org.arbot.intacct;

import java.time.Duration;
import java.util.Random;

/**
 * How long to wait before attempt {@code n + 1}: what Intacct asked for in {@code Retry-After} (up to
 * {@code maxRetryAfter}), otherwise {@code initial * 2^(n-1)} capped at {@code max}, give or take a random quarter
 * so that replicas that failed together do not come back together.
 */
record Backoff(Duration initial, Duration max, int maxAttempts, Duration maxRetryAfter) {

    Backoff {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
    }

    /** 0.5 s, 1 s, 2 s between four attempts; a Retry-After is honoured up to a minute. */
    static Backoff standard() {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(8), 4, Duration.ofSeconds(60));
    }

    long waitMillis(int attempt, Throwable failure, Random random) {
        if (failure instanceof IntacctFailure intacct && intacct.retryAfter().isPresent()) {
            return Math.min(intacct.retryAfter().get().toMillis(), maxRetryAfter.toMillis());
        }
        long exponential = Math.min(max.toMillis(), initial.toMillis() << Math.min(20, Math.max(0, attempt - 1)));
        long spread = exponential / 2;
        return exponential - spread / 2 + (long) (random.nextDouble() * spread);
    }
}
