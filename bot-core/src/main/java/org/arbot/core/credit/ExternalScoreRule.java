package org.arbot.core.credit;

import java.math.BigDecimal;

/** REVIEW when the external credit score is under the policy's minimum. */
final class ExternalScoreRule implements CreditRule {

    @Override
    public CreditFinding check(CreditFacts facts, CreditPolicy policy) {
        if (facts.externalScore().isEmpty()) {
            return CreditFinding.notEvaluated("No external credit score was given");
        }
        int score = facts.externalScore().get();
        boolean borderline = Figures.borderline(BigDecimal.valueOf(score), BigDecimal.valueOf(policy.reviewScoreBelow()));
        if (score < policy.reviewScoreBelow()) {
            return CreditFinding.of(CreditAction.REVIEW, "External credit score " + score + " is under the "
                    + policy.reviewScoreBelow() + " minimum", borderline);
        }
        return CreditFinding.of(CreditAction.APPROVE, "External credit score " + score + " meets the "
                + policy.reviewScoreBelow() + " minimum", borderline);
    }
}
