package org.arbot.core.credit;

import org.arbot.core.money.Money;

/** REVIEW when the order is above the policy's large-order threshold, whatever the customer's standing. */
final class LargeOrderRule implements CreditRule {

    @Override
    public CreditFinding check(CreditFacts facts, CreditPolicy policy) {
        Money threshold = Money.of(policy.largeOrderThreshold(), facts.orderAmount().currency(), java.math.RoundingMode.HALF_UP);
        boolean borderline = Figures.borderline(facts.orderAmount().amount(), threshold.amount());
        if (facts.orderAmount().isGreaterThan(threshold)) {
            return CreditFinding.of(CreditAction.REVIEW, "Order " + Figures.amount(facts.orderAmount())
                    + " is above the " + Figures.amount(threshold) + " large-order threshold", borderline);
        }
        return CreditFinding.of(CreditAction.APPROVE, "Order " + Figures.amount(facts.orderAmount())
                + " is within the " + Figures.amount(threshold) + " large-order threshold", borderline);
    }
}
