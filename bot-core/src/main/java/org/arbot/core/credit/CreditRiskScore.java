package org.arbot.core.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A 0–100 risk figure for the order: how much of the limit it uses, how old the debt is, the bureau score, the payment
 * trend and DSO against terms. It ranks orders for credit managers; the action comes from the rules, not from it.
 */
final class CreditRiskScore {

    private CreditRiskScore() {
    }

    static int of(CreditFacts facts, CreditPolicy policy) {
        double points = 0;
        if (facts.creditLimit().isPositive()) {
            double used = ratio(facts.newExposure().amount(), facts.creditLimit().amount());
            double declineAt = policy.declineExposurePercent().doubleValue() / 100;
            points += 35 * clamp(used / declineAt);
        } else {
            points += 20;
        }
        if (facts.balance().isPositive()) {
            points += 25 * clamp(ratio(facts.over90().amount(), facts.balance().amount()) / 0.2);
        }
        points += facts.externalScore().map(score -> 20 * clamp((750.0 - score) / 250.0)).orElse(10.0);
        points += facts.paymentTrend().map(t -> 10 * clamp(t.worsening().doubleValue() / 30.0)).orElse(0.0);
        points += facts.daysSalesOutstanding().map(dso -> 10 * clamp((dso - facts.netDays()) / 60.0)).orElse(0.0);
        return (int) Math.round(Math.min(100, points));
    }

    // Ratios feed a score, not an amount: double is fine here, and no money is computed from it.
    private static double ratio(BigDecimal part, BigDecimal whole) {
        return part.divide(whole, 6, RoundingMode.HALF_UP).doubleValue();
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
