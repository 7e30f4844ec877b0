package org.arbot.core.credit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.Terms;
import org.arbot.core.money.Money;

/**
 * Proposes a credit limit and terms: for a new customer from the application, for an existing one from the last year's
 * sales and payment behaviour. The limit covers the purchases outstanding over the terms plus a month, scaled by how
 * safe the customer looks, rounded down to a thousand.
 */
public final class CreditLimitReview {

    private static final BigDecimal THIRTY = BigDecimal.valueOf(30);
    private static final int[] TERM_STEPS = {15, 30, 45, 60};

    /** For a new customer: the requested terms unless the score or the firm's age argue for shorter ones. */
    public CreditLimitProposal propose(CreditApplication application) {
        List<String> reasons = new ArrayList<>();
        BigDecimal factor = application.externalScore().map(CreditLimitReview::scoreFactor).orElse(new BigDecimal("0.50"));
        reasons.add(application.externalScore().map(s -> "External credit score " + s + " allows "
                + percent(factor) + " of the need").orElse("No external credit score: 50 % of the need"));
        boolean young = application.yearsInBusiness() < 2;
        BigDecimal scaled = young ? factor.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP) : factor;
        if (young) {
            reasons.add("In business " + application.yearsInBusiness() + " year(s), under 2: half of that");
        }
        boolean weak = application.externalScore().map(s -> s < 650).orElse(true) || young;
        int netDays = weak ? Math.min(application.requestedNetDays(), 15) : application.requestedNetDays();
        Money need = need(application.expectedMonthlyPurchases(), netDays);
        Money limit = thousands(need.times(scaled, RoundingMode.DOWN));
        reasons.add(0, "Expected purchases of " + Figures.amount(application.expectedMonthlyPurchases()) + " a month on net "
                + netDays + " need " + Figures.amount(need) + " of credit; proposed " + Figures.amount(limit));
        if (netDays != application.requestedNetDays()) {
            reasons.add("Net " + netDays + " instead of the requested net " + application.requestedNetDays()
                    + " until a payment record exists");
        }
        return new CreditLimitProposal(application.customerId(), Money.zero(limit.currency()), limit, Optional.empty(),
                Terms.net(netDays).id(), reasons);
    }

    /** For an existing customer: raise for a prompt payer near the limit, lower and shorten for a poor one, else keep. */
    public CreditLimitProposal propose(PaymentBehaviour b) {
        Money limit = b.customer().creditLimit();
        String terms = b.customer().terms().id();
        int netDays = b.customer().terms().netDays();
        Money need = need(b.monthlySales(), netDays + Math.max(0, b.usualDaysLate().intValue()));
        String summary = "Sales average " + Figures.amount(b.monthlySales()) + " a month, paid " + days(b.usualDaysLate())
                + " days late on average; balance peaked at " + Figures.amount(b.peakExposure()) + " against a "
                + Figures.amount(limit) + " limit";
        boolean poor = b.usualDaysLate().compareTo(THIRTY) > 0 || b.worsening().compareTo(BigDecimal.valueOf(15)) > 0
                || b.over90().isPositive();
        boolean prompt = b.usualDaysLate().compareTo(BigDecimal.valueOf(5)) <= 0 && b.worsening().compareTo(BigDecimal.valueOf(5)) <= 0;
        if (poor) {
            Money lower = thousands(need.times(new BigDecimal("0.75"), RoundingMode.DOWN)).min(limit);
            int shorter = shorter(netDays);
            return new CreditLimitProposal(b.customer().id(), limit, lower, Optional.of(terms),
                    shorter == netDays ? terms : Terms.net(shorter).id(), List.of(summary, poorReason(b), "Proposed "
                    + Figures.amount(lower) + (shorter == netDays ? "" : " on net " + shorter) + " to contain the exposure"));
        }
        if (prompt && limit.isPositive() && b.peakExposure().isGreaterThan(limit.times(new BigDecimal("0.80"), RoundingMode.DOWN))) {
            Money higher = thousands(need.times(new BigDecimal("1.25"), RoundingMode.DOWN)).max(limit);
            return new CreditLimitProposal(b.customer().id(), limit, higher, Optional.of(terms), terms, List.of(summary,
                    "Pays on time and used over 80 % of the limit: proposed " + Figures.amount(higher)));
        }
        return new CreditLimitProposal(b.customer().id(), limit, limit, Optional.of(terms), terms,
                List.of(summary, "No change: the limit fits the sales and the payment record"));
    }

    private static String poorReason(PaymentBehaviour b) {
        if (b.over90().isPositive()) {
            return Figures.amount(b.over90()) + " is more than 90 days past due";
        }
        if (b.usualDaysLate().compareTo(THIRTY) > 0) {
            return "Pays " + days(b.usualDaysLate()) + " days late on average, more than 30";
        }
        return "Paying got " + days(b.worsening()) + " days slower over the last 3 months, more than 15";
    }

    private static Money need(Money monthly, int netDays) {
        return monthly.times(BigDecimal.valueOf(netDays).add(THIRTY).divide(THIRTY, 4, RoundingMode.HALF_UP), RoundingMode.HALF_UP);
    }

    private static Money thousands(Money amount) {
        BigDecimal rounded = amount.amount().divide(BigDecimal.valueOf(1000), 0, RoundingMode.DOWN).multiply(BigDecimal.valueOf(1000));
        return Money.of(rounded.max(BigDecimal.valueOf(1000)), amount.currency(), RoundingMode.UNNECESSARY);
    }

    private static int shorter(int netDays) {
        for (int i = TERM_STEPS.length - 1; i >= 0; i--) {
            if (TERM_STEPS[i] < netDays) {
                return TERM_STEPS[i];
            }
        }
        return netDays;
    }

    private static BigDecimal scoreFactor(int score) {
        return score >= 720 ? BigDecimal.ONE : score >= 650 ? new BigDecimal("0.75") : score >= 620 ? new BigDecimal("0.50")
                : new BigDecimal("0.25");
    }

    private static String percent(BigDecimal factor) {
        return factor.movePointRight(2).setScale(0, RoundingMode.HALF_UP) + " %";
    }

    private static String days(BigDecimal days) {
        return days.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }
}
