package org.arbot.core.ledger.events;

/** Where ledger events go once received: the app hands them on to the agents that react to them. */
@FunctionalInterface
public interface LedgerEvents {

    /** Takes one event; called at most once per event id by a deduplicating source. Must return quickly. */
    void publish(LedgerEvent event);
}
