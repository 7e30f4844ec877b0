package org.arbot.core.credit;

import java.math.BigDecimal;

/** DECLINE when more than the policy's share of the balance is over 90 days past due. */
final class PastDueRule implements CreditRule {

    @Override
    public CreditFinding check(CreditFacts facts, CreditPolicy policy) {
        if (!facts.over90().isPositive()) {
            return CreditFinding.of(CreditAction.APPROVE, "Nothing is more than 90 days past due", false);
        }
        BigDecimal share = Figures.percent(facts.over90().amount(), facts.balance().amount().max(facts.over90().amount()));
        String sentence = Figures.amount(facts.over90()) + " of the " + Figures.amount(facts.balance()) + " balance ("
                + Figures.plain(share) + " %) is more than 90 days past due";
        boolean borderline = Figures.borderline(share, policy.declineOver90Percent());
        if (share.compareTo(policy.declineOver90Percent()) > 0) {
            return CreditFinding.of(CreditAction.DECLINE,
                    sentence + ", above the " + Figures.plain(policy.declineOver90Percent()) + " % allowed", borderline);
        }
        return CreditFinding.of(CreditAction.APPROVE,
                sentence + ", within the " + Figures.plain(policy.declineOver90Percent()) + " % allowed", borderline);
    }
}
