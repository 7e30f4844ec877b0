package org.arbot.core.credit;

import java.util.Objects;

/**
 * What one rule found: the action it calls for and a sentence with its numbers.
 *
 * @param evaluated false when the facts the rule needs were missing; the check then trusts its answer less
 * @param borderline true when the figure lies close to the rule's threshold
 */
record CreditFinding(CreditAction action, String reason, boolean evaluated, boolean borderline) {

    CreditFinding {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
    }

    static CreditFinding of(CreditAction action, String reason, boolean borderline) {
        return new CreditFinding(action, reason, true, borderline);
    }

    static CreditFinding notEvaluated(String reason) {
        return new CreditFinding(CreditAction.APPROVE, reason, false, false);
    }
}
