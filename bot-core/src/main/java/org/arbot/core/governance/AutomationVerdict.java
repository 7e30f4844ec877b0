package org.arbot.core.governance;

import java.util.List;

/**
 * What a workflow's policy says about one decision, with the rules that led there.
 *
 * @param ruleHits human sentences with the numbers, e.g. {@code amount 1200.00 USD above the automatic limit 1000.00 USD}
 */
public record AutomationVerdict(Outcome outcome, List<String> ruleHits) {

    public enum Outcome {
        /** Monitor mode: tell people, propose nothing. */
        INFORM,
        /** Ask a person to approve. */
        ASK,
        /** Execute without asking. */
        EXECUTE
    }

    public AutomationVerdict {
        ruleHits = List.copyOf(ruleHits);
    }
}
