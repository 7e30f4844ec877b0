package org.arbot.intacct;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.arbot.core.ledger.LedgerException;

/**
 * Runs calls to Intacct at most {@code maxConcurrent} at a time (most Intacct tiers allow two concurrent requests per
 * company) and retries the retryable failures with backoff. A repeatable call (a read, a PATCH of absolute values) is
 * retried on any retryable failure; a create only when Intacct certainly did not process it.
 */
final class IntacctCalls {

    private final Bulkhead bulkhead;
    private final Retry repeatable;
    private final Retry create;

    IntacctCalls(Backoff backoff, int maxConcurrent, Duration maxWait, Consumer<Duration> onWait) {
        this.bulkhead = Bulkhead.of("intacct", BulkheadConfig.custom()
                .maxConcurrentCalls(maxConcurrent).maxWaitDuration(maxWait).build());
        Random random = new Random();
        this.repeatable = retry("intacct-repeatable", backoff, random,
                failure -> failure instanceof LedgerException ledger && ledger.retryable());
        this.create = retry("intacct-create", backoff, random, IntacctFailure::safeToRepeat);
        repeatable.getEventPublisher().onRetry(event -> onWait.accept(event.getWaitInterval()));
        create.getEventPublisher().onRetry(event -> onWait.accept(event.getWaitInterval()));
    }

    static IntacctCalls standard(Duration timeout) {
        return new IntacctCalls(Backoff.standard(), 2, timeout, wait -> { });
    }

    <T> T run(boolean repeatableCall, Supplier<T> call) {
        Supplier<T> limited = () -> {
            try {
                return bulkhead.executeSupplier(call);
            } catch (BulkheadFullException e) {
                throw new IntacctFailure("tooManyRequests", "more than the allowed concurrent requests to Intacct are waiting",
                        Optional.empty(), true, e);
            }
        };
        return (repeatableCall ? repeatable : create).executeSupplier(limited);
    }

    private static Retry retry(String name, Backoff backoff, Random random, java.util.function.Predicate<Throwable> when) {
        RetryConfig config = RetryConfig.custom()
                .maxAttempts(backoff.maxAttempts())
                .intervalBiFunction((Integer attempt, io.github.resilience4j.core.functions.Either<Throwable, Object> outcome) ->
                        backoff.waitMillis(attempt, outcome.isLeft() ? outcome.getLeft() : null, random))
                .retryOnException(when)
                .build();
        return Retry.of(name, config);
    }
}
