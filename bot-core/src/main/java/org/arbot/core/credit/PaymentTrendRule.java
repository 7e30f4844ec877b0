package org.arbot.core.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** REVIEW when average days-to-pay over the recent window grew by more than the policy's tolerance. */
final class PaymentTrendRule implements CreditRule {

    @Override
    public CreditFinding check(CreditFacts facts, CreditPolicy policy) {
        if (facts.paymentTrend().isEmpty()) {
            return CreditFinding.notEvaluated("Too few paid invoices to compare days-to-pay over the last "
                    + policy.trendMonths() + " months with the " + policy.baselineMonths() + " before");
        }
        PaymentTrend trend = facts.paymentTrend().get();
        BigDecimal worsening = trend.worsening().setScale(0, RoundingMode.HALF_UP);
        BigDecimal tolerance = BigDecimal.valueOf(policy.reviewDaysToPayWorsening());
        String change = "Average days-to-pay went from " + days(trend.baselineDays()) + " to " + days(trend.recentDays())
                + " (" + (worsening.signum() >= 0 ? "+" : "") + worsening.toPlainString() + " days) over the last "
                + policy.trendMonths() + " months";
        boolean borderline = Figures.borderline(trend.worsening(), tolerance);
        if (trend.worsening().compareTo(tolerance) > 0) {
            return CreditFinding.of(CreditAction.REVIEW, change + ", more than the " + tolerance + "-day tolerance", borderline);
        }
        return CreditFinding.of(CreditAction.APPROVE, change + ", within the " + tolerance + "-day tolerance", borderline);
    }

    private static String days(BigDecimal days) {
        return days.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }
}
