package org.arbot.core.governance;

import java.util.function.Supplier;

/**
 * Runs work atomically against the governance store: the proposal, outbox and audit changes made inside commit together
 * or not at all. Locks taken inside ({@link Proposals#lock}, {@link Outbox#claimNext}) are held until it ends.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);
}
