package org.arbot.core.collections;

import static org.arbot.core.collections.AccountFactsFixture.TODAY;
import static org.arbot.core.collections.AccountFactsFixture.account;
import static org.arbot.core.collections.AccountFactsFixture.owing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.arbot.core.ar.Customer;
import org.arbot.core.credit.LedgerFixture;
import org.junit.jupiter.api.Test;

class RiskScoreTest {

    private final CollectionsAgent agent = new CollectionsAgent();
    private final Customer acme = LedgerFixture.customer("ACME", "50000.00", "alice");

    @Test
    void a_customer_with_nothing_overdue_who_pays_on_time_scores_near_zero() {
        RiskScore score = agent.score(owing("ACME", "10000.00", -10));

        assertThat(score.score()).isLessThanOrEqualTo(5);
        assertThat(agent.line(owing("ACME", "10000.00", -10))).isEmpty();
    }

    @Test
    void older_debt_scores_higher_than_the_same_amount_recently_due() {
        int recent = agent.score(owing("ACME", "10000.00", 10)).score();
        int old = agent.score(owing("ACME", "10000.00", 100)).score();

        assertThat(old).isGreaterThan(recent + 20);
        assertThat(agent.score(owing("ACME", "10000.00", 100)).factors()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("aging");
            assertThat(f.points()).isEqualTo(25);
            assertThat(f.reason()).isEqualTo("10,000.00 overdue of a 10,000.00 balance, 10,000.00 of it more than 60 days");
        });
    }

    @Test
    void paying_later_than_usual_raises_the_score_and_is_named() {
        List<org.arbot.core.ar.Invoice> open = List.of(LedgerFixture.open("ACME", "5000.00", TODAY, 5));
        RiskScore steady = agent.score(account(acme, open, 5, 5, 0, 0));
        RiskScore slipping = agent.score(account(acme, open, 5, 35, 0, 0));

        assertThat(slipping.score()).isEqualTo(steady.score() + 35);
        assertThat(slipping.topFactors(1).get(0).reason())
                .isEqualTo("Paying 35 days late recently against a usual 5, give or take 5");
    }

    @Test
    void an_invoice_stuck_well_past_the_usual_lateness_counts_as_slipping() {
        RiskScore score = agent.score(account(acme, List.of(LedgerFixture.open("ACME", "5000.00", TODAY, 50)), 5, 5, 0, 0));

        assertThat(score.factors()).anySatisfy(f -> {
            assertThat(f.name()).isEqualTo("slipping");
            assertThat(f.points()).isEqualTo(35);
            assertThat(f.reason()).isEqualTo("Oldest overdue invoice is 50 days past due; this customer usually pays 5 days late, "
                    + "give or take 5");
        });
    }

    @Test
    void lateness_within_twice_the_customer_s_usual_spread_is_not_slipping() {
        RiskScore score = agent.score(account(acme, List.of(LedgerFixture.open("ACME", "5000.00", TODAY, 14)), 5, 5, 0, 0));

        assertThat(score.factors()).noneSatisfy(f -> assertThat(f.name()).isEqualTo("slipping"));
    }

    @Test
    void each_broken_promise_adds_10_points_up_to_15() {
        List<org.arbot.core.ar.Invoice> open = List.of(LedgerFixture.open("ACME", "5000.00", TODAY, 5));
        int none = agent.score(account(acme, open, 2, 2, 0, 0)).score();

        assertThat(agent.score(account(acme, open, 2, 2, 1, 0)).score()).isEqualTo(none + 10);
        assertThat(agent.score(account(acme, open, 2, 2, 3, 0)).score()).isEqualTo(none + 15);
        assertThat(agent.score(account(acme, open, 2, 2, 1, 0)).factors())
                .anySatisfy(f -> assertThat(f.reason()).isEqualTo("1 promise to pay broken recently"));
    }

    @Test
    void open_disputes_add_5_points_each_up_to_15() {
        List<org.arbot.core.ar.Invoice> open = List.of(LedgerFixture.open("ACME", "5000.00", TODAY, 5));
        int none = agent.score(account(acme, open, 2, 2, 0, 0)).score();

        assertThat(agent.score(account(acme, open, 2, 2, 0, 1)).score()).isEqualTo(none + 5);
        assertThat(agent.score(account(acme, open, 2, 2, 0, 4)).score()).isEqualTo(none + 15);
    }

    @Test
    void a_balance_over_the_credit_limit_adds_exposure_points() {
        Customer small = LedgerFixture.customer("ACME", "10000.00", "alice");
        List<org.arbot.core.ar.Invoice> open = List.of(LedgerFixture.open("ACME", "12000.00", TODAY, -5));

        assertThat(agent.score(account(small, open, 0, 0, 0, 0)).factors()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("exposure");
            assertThat(f.points()).isEqualTo(10);
            assertThat(f.reason()).isEqualTo("Balance 12,000.00 is 120 % of the 10,000.00 limit");
        });
    }

    @Test
    void the_worst_account_is_capped_at_100_with_its_factors_largest_first() {
        Customer small = LedgerFixture.customer("ACME", "10000.00", "alice");
        RiskScore score = agent.score(account(small, List.of(LedgerFixture.open("ACME", "30000.00", TODAY, 120)), 60, 90, 3, 3));

        assertThat(score.score()).isEqualTo(100);
        assertThat(score.factors()).extracting(RiskFactor::points).isSortedAccordingTo((a, b) -> b - a);
        assertThat(score.topFactors(3)).extracting(RiskFactor::name).containsExactly("slipping", "aging", "broken promises");
    }
}
