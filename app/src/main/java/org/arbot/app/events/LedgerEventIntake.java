package org.arbot.app.events;

import org.arbot.core.ledger.events.LedgerEvent;
import org.arbot.core.ledger.events.LedgerEvents;

/**
 * Where Intacct's events come in, by webhook or from the event queue: each event id is published once (a repeat
 * within {@link SeenEventIds#REMEMBERED} is dropped), and an event whose publishing fails is forgotten, so that its
 * redelivery is published again.
 */
final class LedgerEventIntake {

    /** Whether an offered event was published now or had been before. */
    enum Outcome { PUBLISHED, DUPLICATE }

    private final SeenEventIds seen;
    private final LedgerEvents events;

    LedgerEventIntake(SeenEventIds seen, LedgerEvents events) {
        this.seen = seen;
        this.events = events;
    }

    /** @throws RuntimeException what publishing threw; the id is then forgotten */
    Outcome take(LedgerEvent event) {
        if (!seen.firstTime(event.eventId())) {
            return Outcome.DUPLICATE;
        }
        try {
            events.publish(event);
        } catch (RuntimeException e) {
            seen.forget(event.eventId());
            throw e;
        }
        return Outcome.PUBLISHED;
    }
}
