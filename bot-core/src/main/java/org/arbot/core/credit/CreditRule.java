package org.arbot.core.credit;

/** One named rule of the credit policy; every rule always answers, with a sentence, even when it passes. */
sealed interface CreditRule
        permits ExposureRule, PastDueRule, ExternalScoreRule, PaymentTrendRule, LargeOrderRule {

    CreditFinding check(CreditFacts facts, CreditPolicy policy);
}
