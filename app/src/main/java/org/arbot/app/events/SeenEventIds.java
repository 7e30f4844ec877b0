package org.arbot.app.events;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * The event ids taken recently, to drop redeliveries: Intacct retries a webhook for about two minutes, so a day of
 * memory is ample. In memory, so a restart forgets them; the ledger writes downstream are idempotent themselves.
 */
final class SeenEventIds {

    static final Duration REMEMBERED = Duration.ofHours(24);
    private final Cache<String, Boolean> ids;

    SeenEventIds(Ticker ticker) {
        this.ids = Caffeine.newBuilder().expireAfterWrite(REMEMBERED).maximumSize(100_000).ticker(ticker).build();
    }

    /** True the first time an id is offered within {@link #REMEMBERED}, false for every repeat. */
    boolean firstTime(String eventId) {
        return ids.asMap().putIfAbsent(eventId, Boolean.TRUE) == null;
    }

    /** Lets an id through again, when handing its event on failed. */
    void forget(String eventId) {
        ids.invalidate(eventId);
    }
}
