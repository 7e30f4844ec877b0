package org.arbot.app.events;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.arbot.core.ledger.events.LedgerEvent;
import org.arbot.core.ledger.events.LedgerEvents;

/** The app's ledger events until agents subscribe: the latest ones kept in memory, newest last, for the console and tests. */
public final class RecentLedgerEvents implements LedgerEvents {

    static final int KEPT = 500;
    private final Deque<LedgerEvent> events = new ArrayDeque<>();

    @Override
    public synchronized void publish(LedgerEvent event) {
        events.addLast(event);
        if (events.size() > KEPT) {
            events.removeFirst();
        }
    }

    public synchronized List<LedgerEvent> latest() {
        return List.copyOf(events);
    }
}
