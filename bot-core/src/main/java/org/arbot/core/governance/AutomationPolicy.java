package org.arbot.core.governance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.arbot.core.money.Money;

/** Decides, from a workflow's mode and thresholds, whether a decision is only told, proposed or executed. */
public final class AutomationPolicy {

    private AutomationPolicy() {
    }

    public static AutomationVerdict verdict(WorkflowPolicy policy, Money amount, BigDecimal confidence, BigDecimal risk) {
        return switch (policy.mode()) {
            case MONITOR -> new AutomationVerdict(AutomationVerdict.Outcome.INFORM,
                    List.of(policy.workflow().label() + " is in monitor mode: inform only"));
            case ASSIST -> new AutomationVerdict(AutomationVerdict.Outcome.ASK,
                    List.of(policy.workflow().label() + " is in assist mode: a person approves every action"));
            case AUTO -> auto(policy.thresholds(), amount, confidence, risk);
        };
    }

    private static AutomationVerdict auto(Thresholds limits, Money amount, BigDecimal confidence, BigDecimal risk) {
        List<String> hits = new ArrayList<>();
        if (!amount.currency().equals(limits.maxAmount().currency())) {
            hits.add("amount " + amount + " is not in the automatic limit's currency " + limits.maxAmount().currency());
        } else if (amount.isGreaterThan(limits.maxAmount())) {
            hits.add("amount " + amount + " above the automatic limit " + limits.maxAmount());
        }
        if (confidence.compareTo(limits.minConfidence()) < 0) {
            hits.add("confidence " + confidence.toPlainString() + " below the minimum " + limits.minConfidence().toPlainString());
        }
        if (risk.compareTo(limits.riskCeiling()) > 0) {
            hits.add("risk " + risk.toPlainString() + " above the ceiling " + limits.riskCeiling().toPlainString());
        }
        if (hits.isEmpty()) {
            return new AutomationVerdict(AutomationVerdict.Outcome.EXECUTE, List.of("within the automatic thresholds: amount "
                    + amount + " up to " + limits.maxAmount() + ", confidence " + confidence.toPlainString() + " at least "
                    + limits.minConfidence().toPlainString() + ", risk " + risk.toPlainString() + " at most "
                    + limits.riskCeiling().toPlainString()));
        }
        return new AutomationVerdict(AutomationVerdict.Outcome.ASK, hits);
    }
}
