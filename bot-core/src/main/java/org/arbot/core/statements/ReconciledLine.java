package org.arbot.core.statements;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.ar.Invoice;
import org.arbot.core.money.Money;

/**
 * A disputed line checked against the ledger: its status, the records that settled it, what is still open and the
 * next step, with a sentence that says why.
 */
public record ReconciledLine(DisputedLine line, Status status, Optional<Invoice> invoice, List<Evidence> settledBy,
        Money settled, Money open, NextStep next, String reason) {

    /** How far the ledger settles the line. */
    public enum Status {
        /** Fully settled; {@code settledBy} names the payments and credits that did it. */
        RESOLVED,
        /** Some of it was received; {@code open} is still owed. */
        PARTIAL,
        /** Nothing in the ledger settles it. */
        UNRESOLVED
    }

    public ReconciledLine {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(invoice, "invoice");
        settledBy = List.copyOf(settledBy);
        Objects.requireNonNull(settled, "settled");
        Objects.requireNonNull(open, "open");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(reason, "reason");
    }
}
