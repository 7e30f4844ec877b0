package org.arbot.core.credit;

import static org.arbot.core.credit.CreditFactsFixture.sound;
import static org.arbot.core.credit.CreditFactsFixture.trend;
import static org.arbot.core.credit.CreditFactsFixture.withBalance;
import static org.arbot.core.credit.CreditFactsFixture.withLimit;
import static org.arbot.core.credit.CreditFactsFixture.withOrder;
import static org.arbot.core.credit.CreditFactsFixture.withScore;
import static org.arbot.core.credit.CreditFactsFixture.withTrend;
import static org.arbot.core.credit.CreditFactsFixture.withoutOrderId;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.arbot.core.ar.SalesOrderId;
import org.junit.jupiter.api.Test;

class CreditCheckAgentTest {

    private final CreditCheckAgent agent = new CreditCheckAgent(CreditPolicy.defaults());

    @Test
    void a_sound_customer_within_every_threshold_is_approved_with_the_figures_checked() {
        CreditDecision decision = agent.decide(sound());

        assertThat(decision.action()).isEqualTo(CreditAction.APPROVE);
        assertThat(decision.reasons()).contains("New exposure 32,500.00 is 65 % of the 50,000.00 limit",
                "Nothing is more than 90 days past due", "External credit score 720 meets the 620 minimum");
        assertThat(decision.proposal()).contains(new CreditProposal.ReleaseOrder(SalesOrderId.of("SO-78910")));
        assertThat(decision.confidence()).isEqualByComparingTo("0.95");
    }

    @Test
    void new_exposure_over_the_limit_asks_for_review_naming_the_excess() {
        CreditDecision decision = agent.decide(withBalance(sound(), "45000.00", "0.00"));

        assertThat(decision.action()).isEqualTo(CreditAction.REVIEW);
        assertThat(decision.reasons()).containsExactly("New exposure 57,500.00 exceeds the 50,000.00 limit by 15 %");
        assertThat(decision.proposal()).contains(new CreditProposal.AskCreditManagers(SalesOrderId.of("SO-78910")));
    }

    @Test
    void new_exposure_over_150_percent_of_the_limit_is_declined() {
        CreditDecision decision = agent.decide(withBalance(sound(), "65000.00", "0.00"));

        assertThat(decision.action()).isEqualTo(CreditAction.DECLINE);
        assertThat(decision.reasons()).containsExactly("New exposure 77,500.00 exceeds the 50,000.00 limit by 55 %, "
                + "beyond the 150 % of the limit that can be extended");
        assertThat(decision.proposal()).contains(new CreditProposal.KeepHeld(SalesOrderId.of("SO-78910")));
    }

    @Test
    void exposure_of_exactly_150_percent_is_reviewed_not_declined() {
        assertThat(agent.decide(withBalance(sound(), "62500.00", "0.00")).action()).isEqualTo(CreditAction.REVIEW);
    }

    @Test
    void more_than_10_percent_of_the_balance_over_90_days_is_declined() {
        CreditDecision decision = agent.decide(withBalance(sound(), "20000.00", "2500.00"));

        assertThat(decision.action()).isEqualTo(CreditAction.DECLINE);
        assertThat(decision.reasons()).containsExactly(
                "2,500.00 of the 20,000.00 balance (12.5 %) is more than 90 days past due, above the 10 % allowed");
    }

    @Test
    void exactly_10_percent_over_90_days_is_still_approved() {
        CreditDecision decision = agent.decide(withBalance(sound(), "20000.00", "2000.00"));

        assertThat(decision.action()).isEqualTo(CreditAction.APPROVE);
        assertThat(decision.reasons()).contains(
                "2,000.00 of the 20,000.00 balance (10 %) is more than 90 days past due, within the 10 % allowed");
    }

    @Test
    void an_external_score_under_620_asks_for_review() {
        CreditDecision decision = agent.decide(withScore(sound(), Optional.of(600)));

        assertThat(decision.action()).isEqualTo(CreditAction.REVIEW);
        assertThat(decision.reasons()).containsExactly("External credit score 600 is under the 620 minimum");
    }

    @Test
    void a_score_of_exactly_620_passes() {
        assertThat(agent.decide(withScore(sound(), Optional.of(620))).action()).isEqualTo(CreditAction.APPROVE);
    }

    @Test
    void days_to_pay_worsening_by_more_than_15_days_asks_for_review() {
        CreditDecision decision = agent.decide(withTrend(sound(), Optional.of(trend("30.0", "47.5"))));

        assertThat(decision.action()).isEqualTo(CreditAction.REVIEW);
        assertThat(decision.reasons()).containsExactly(
                "Average days-to-pay went from 30 to 48 (+18 days) over the last 3 months, more than the 15-day tolerance");
    }

    @Test
    void days_to_pay_worsening_by_exactly_15_days_passes() {
        assertThat(agent.decide(withTrend(sound(), Optional.of(trend("30.0", "45.0")))).action())
                .isEqualTo(CreditAction.APPROVE);
    }

    @Test
    void an_order_above_the_large_order_threshold_asks_for_review() {
        CreditDecision decision = agent.decide(withLimit(withOrder(sound(), "60000.00"), "200000.00"));

        assertThat(decision.action()).isEqualTo(CreditAction.REVIEW);
        assertThat(decision.reasons()).containsExactly("Order 60,000.00 is above the 50,000.00 large-order threshold");
    }

    @Test
    void a_customer_without_a_credit_limit_is_reviewed() {
        CreditDecision decision = agent.decide(withLimit(sound(), "0.00"));

        assertThat(decision.action()).isEqualTo(CreditAction.REVIEW);
        assertThat(decision.reasons()).containsExactly("No credit limit is set for CUST-1001; the new exposure would be 32,500.00");
    }

    @Test
    void a_decline_lists_its_reasons_before_the_review_reasons() {
        CreditFacts facts = withScore(withBalance(sound(), "45000.00", "9000.00"), Optional.of(580));

        CreditDecision decision = agent.decide(facts);

        assertThat(decision.action()).isEqualTo(CreditAction.DECLINE);
        assertThat(decision.reasons()).hasSize(3);
        assertThat(decision.reasons().get(0)).contains("more than 90 days past due");
        assertThat(decision.reasons()).contains("External credit score 580 is under the 620 minimum");
    }

    @Test
    void missing_facts_and_borderline_figures_lower_the_confidence() {
        CreditFacts missing = withTrend(withScore(sound(), Optional.empty()), Optional.empty());
        CreditFacts borderline = withBalance(sound(), "37000.00", "0.00");

        assertThat(agent.decide(missing).confidence()).isEqualByComparingTo("0.65");
        assertThat(agent.decide(missing).reasons()).contains("No external credit score was given");
        assertThat(agent.decide(borderline).confidence()).isEqualByComparingTo("0.80");
    }

    @Test
    void the_risk_score_stays_within_0_and_100_and_grows_with_the_risk() {
        int sound = agent.decide(sound()).riskScore();
        int risky = agent.decide(withScore(withBalance(sound(), "70000.00", "30000.00"), Optional.of(500))).riskScore();

        assertThat(sound).isBetween(0, 100);
        assertThat(risky).isBetween(0, 100).isGreaterThan(sound + 40);
    }

    @Test
    void a_what_if_check_without_an_order_proposes_nothing() {
        assertThat(agent.decide(withoutOrderId(sound())).proposal()).isEmpty();
    }

    @Test
    void every_decision_names_the_policy_version_and_a_changed_threshold_changes_it() {
        CreditPolicy stricter = new CreditPolicy("default-1", new BigDecimal("150"), new BigDecimal("10"), 620, 15, 3, 6,
                new BigDecimal("10000.00"));

        CreditDecision decision = new CreditCheckAgent(stricter).decide(sound());

        assertThat(agent.decide(sound()).policyVersion()).startsWith("default-1+");
        assertThat(decision.policyVersion()).startsWith("default-1+").isNotEqualTo(agent.decide(sound()).policyVersion());
        assertThat(decision.action()).isEqualTo(CreditAction.REVIEW);
        assertThat(decision.reasons()).containsExactly("Order 12,500.00 is above the 10,000.00 large-order threshold");
    }
}
