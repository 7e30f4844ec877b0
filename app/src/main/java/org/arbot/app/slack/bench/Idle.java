package org.arbot.app.slack.bench;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/** Waits for a condition by checking it on a scheduler every few milliseconds. */
final class Idle {

    private Idle() {
    }

    /** How long it took until {@code done} held; empty when it still does not after {@code atMost}. */
    static Optional<Duration> await(BooleanSupplier done, Duration atMost) {
        ScheduledExecutorService checks = Executors.newSingleThreadScheduledExecutor();
        CompletableFuture<Duration> reached = new CompletableFuture<>();
        long start = System.nanoTime();
        checks.scheduleWithFixedDelay(() -> {
            if (done.getAsBoolean()) {
                reached.complete(Duration.ofNanos(System.nanoTime() - start));
            }
        }, 0, 20, TimeUnit.MILLISECONDS);
        try {
            return Optional.of(reached.get(atMost.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } finally {
            checks.shutdownNow();
        }
    }
}
