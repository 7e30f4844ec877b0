package org.arbot.core.credit;

import java.math.BigDecimal;
import org.arbot.core.money.Money;

/** Balance plus order against the credit limit: REVIEW above the limit, DECLINE above the decline percentage of it. */
final class ExposureRule implements CreditRule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public CreditFinding check(CreditFacts facts, CreditPolicy policy) {
        Money exposure = facts.newExposure();
        Money limit = facts.creditLimit();
        if (!limit.isPositive()) {
            return CreditFinding.of(CreditAction.REVIEW, "No credit limit is set for " + facts.customerId()
                    + "; the new exposure would be " + Figures.amount(exposure), false);
        }
        BigDecimal usedPercent = Figures.percent(exposure.amount(), limit.amount());
        BigDecimal overPercent = usedPercent.subtract(HUNDRED);
        boolean borderline = Figures.borderline(usedPercent, HUNDRED)
                || Figures.borderline(usedPercent, policy.declineExposurePercent());
        if (usedPercent.compareTo(policy.declineExposurePercent()) > 0) {
            return CreditFinding.of(CreditAction.DECLINE, "New exposure " + Figures.amount(exposure) + " exceeds the "
                    + Figures.amount(limit) + " limit by " + Figures.plain(overPercent) + " %, beyond the "
                    + Figures.plain(policy.declineExposurePercent()) + " % of the limit that can be extended", borderline);
        }
        if (exposure.isGreaterThan(limit)) {
            return CreditFinding.of(CreditAction.REVIEW, "New exposure " + Figures.amount(exposure) + " exceeds the "
                    + Figures.amount(limit) + " limit by " + Figures.plain(overPercent) + " %", borderline);
        }
        return CreditFinding.of(CreditAction.APPROVE, "New exposure " + Figures.amount(exposure) + " is "
                + Figures.plain(usedPercent) + " % of the " + Figures.amount(limit) + " limit", borderline);
    }
}
