package org.arbot.core.deductions;

import java.util.Objects;

/**
 * A deduction reason read from remittance text, with the phrase that shows it and how sure the reading is (0..1).
 */
public record Classification(DeductionReason reason, String evidence, double confidence) {

    public Classification {
        Objects.requireNonNull(reason, "reason");
        evidence = evidence == null ? "" : evidence;
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1, got " + confidence);
        }
    }

    static Classification unknown(String evidence) {
        return new Classification(DeductionReason.UNKNOWN, evidence, 0.0);
    }

    public boolean isKnown() {
        return reason != DeductionReason.UNKNOWN;
    }
}
