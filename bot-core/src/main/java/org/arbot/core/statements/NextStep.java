package org.arbot.core.statements;

import java.util.Objects;
import java.util.Optional;
import org.arbot.core.ledger.AdjustmentPosting;

/**
 * What to do about a line that is not settled: nothing is written to the ledger before a person approves it.
 *
 * @param adjustment the adjustment to propose, for {@link Kind#PROPOSE_ADJUSTMENT}
 * @param evidence the unapplied cash to apply, for {@link Kind#APPLY_UNAPPLIED_CASH}
 */
public record NextStep(Kind kind, String description, Optional<AdjustmentPosting> adjustment, Optional<Evidence> evidence) {

    /** The kinds of next step, in the order they are considered. */
    public enum Kind {
        /** The line is settled; nothing to do. */
        NONE,
        /** Cash received but not applied matches the line: apply it to the invoice. */
        APPLY_UNAPPLIED_CASH,
        /** A small remainder: write it off, once approved. */
        PROPOSE_ADJUSTMENT,
        /** Nothing in the ledger explains the claim: open a dispute and ask for proof of payment. */
        OPEN_DISPUTE
    }

    public NextStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(adjustment, "adjustment");
        Objects.requireNonNull(evidence, "evidence");
    }

    static NextStep none() {
        return new NextStep(Kind.NONE, "Nothing to do: the ledger shows the invoice settled.", Optional.empty(), Optional.empty());
    }

    static NextStep dispute(String why) {
        return new NextStep(Kind.OPEN_DISPUTE, why, Optional.empty(), Optional.empty());
    }
}
