package org.arbot.intacct;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.arbot.core.ar.Customer;

/**
 * The customer list with its terms resolved, kept for a time to live and dropped at once when a ledger event or a
 * credit update says it may have changed. Time comes from the injected clock, so tests move it instead of waiting.
 */
final class CustomerCache {

    private final Cache<Boolean, List<Customer>> customers;

    CustomerCache(Duration timeToLive, Clock clock) {
        if (timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("a cache needs a positive time to live, got " + timeToLive);
        }
        this.customers = Caffeine.newBuilder().expireAfterWrite(timeToLive)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis())).build();
    }

    List<Customer> all(Supplier<List<Customer>> load) {
        return customers.get(Boolean.TRUE, all -> load.get());
    }

    void invalidate() {
        customers.invalidateAll();
    }
}
