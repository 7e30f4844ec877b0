package org.arbot.core.collections;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.arbot.core.money.Money;

/**
 * The risk score's factors and their weights: aging up to 25 points, slipping later than usual up to 35, exposure against
 * the limit up to 10, broken promises up to 15 and open disputes up to 15.
 *
 * <p>Slipping is measured against the customer's own habit and its spread: ten days beyond usual is noise for a customer
 * whose lateness varies by weeks, and a warning for one who always pays on the day.
 */
final class RiskScoring {

    private static final double[] AGING_WEIGHTS = {0.25, 0.5, 0.75, 1.0};
    /** The spread assumed for a customer with too little history to measure one. */
    private static final double DEFAULT_SPREAD = 5;

    private RiskScoring() {
    }

    static RiskScore score(AccountFacts facts) {
        List<RiskFactor> factors = new ArrayList<>();
        factors.add(aging(facts));
        factors.add(slipping(facts));
        factors.add(exposure(facts));
        factors.add(new RiskFactor("broken promises", Math.min(15, 10 * facts.brokenPromises()),
                facts.brokenPromises() + " promise" + (facts.brokenPromises() == 1 ? "" : "s") + " to pay broken recently"));
        factors.add(new RiskFactor("open disputes", Math.min(15, 5 * facts.openDisputes()),
                facts.openDisputes() + " open dispute" + (facts.openDisputes() == 1 ? "" : "s")));
        int total = factors.stream().mapToInt(RiskFactor::points).sum();
        return new RiskScore(facts.customer().id(), Math.min(100, total), factors);
    }

    private static RiskFactor aging(AccountFacts facts) {
        AgingBuckets aging = facts.aging();
        if (!aging.total().isPositive() || !aging.overdue().isPositive()) {
            return new RiskFactor("aging", 0, "Nothing is overdue");
        }
        double weighted = 0;
        List<Money> buckets = aging.overdueBuckets();
        for (int i = 0; i < buckets.size(); i++) {
            weighted += AGING_WEIGHTS[i] * buckets.get(i).amount().doubleValue();
        }
        int points = points(25, weighted / aging.total().amount().doubleValue());
        return new RiskFactor("aging", points, Text.amount(aging.overdue()) + " overdue of a " + Text.amount(aging.total())
                + " balance, " + Text.amount(aging.over60()) + " of it more than 60 days");
    }

    /** Days beyond the usual lateness, recently or on the oldest open invoice; points start past twice the spread. */
    private static RiskFactor slipping(AccountFacts facts) {
        double usual = facts.usualDaysLate().map(BigDecimal::doubleValue).orElse(0.0);
        double spread = facts.usualSpread().map(BigDecimal::doubleValue).orElse(DEFAULT_SPREAD);
        double recent = facts.recentDaysLate().map(BigDecimal::doubleValue).orElse(usual);
        double stuck = facts.oldestDaysPastDue() - usual;
        double slip = Math.max(recent - usual, stuck);
        String reason = stuck > recent - usual
                ? "Oldest overdue invoice is " + facts.oldestDaysPastDue() + " days past due; this customer usually pays "
                        + days(usual) + " days late, give or take " + days(spread)
                : "Paying " + days(recent) + " days late recently against a usual " + days(usual) + ", give or take " + days(spread);
        return new RiskFactor("slipping", points(35, (slip - 2 * spread) / 20), reason);
    }

    private static RiskFactor exposure(AccountFacts facts) {
        Money limit = facts.customer().creditLimit();
        Money balance = facts.aging().total();
        if (!limit.isPositive()) {
            return new RiskFactor("exposure", balance.isPositive() ? 5 : 0, "No credit limit is set");
        }
        double used = balance.amount().divide(limit.amount(), 4, RoundingMode.HALF_UP).doubleValue();
        return new RiskFactor("exposure", points(10, (used - 0.5) / 0.7), "Balance " + Text.amount(balance) + " is "
                + Math.round(used * 100) + " % of the " + Text.amount(limit) + " limit");
    }

    private static int points(int max, double fraction) {
        return (int) Math.round(max * Math.max(0, Math.min(1, fraction)));
    }

    private static String days(double days) {
        return String.valueOf(Math.round(days));
    }
}
