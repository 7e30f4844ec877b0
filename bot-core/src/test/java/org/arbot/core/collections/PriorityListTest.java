package org.arbot.core.collections;

import static org.arbot.core.collections.AccountFactsFixture.TODAY;
import static org.arbot.core.collections.AccountFactsFixture.account;
import static org.arbot.core.collections.AccountFactsFixture.owing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.Customer;
import org.arbot.core.credit.LedgerFixture;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;

class PriorityListTest {

    private final CollectionsAgent agent = new CollectionsAgent();

    @Test
    void accounts_rank_by_overdue_amount_times_risk_not_by_overdue_amount_alone() {
        AccountFacts bigButFresh = owing("BIG", "20000.00", 3);
        AccountFacts smallButOld = owing("OLD", "12000.00", 95);

        PriorityList list = agent.rank(List.of(bigButFresh, smallButOld), Optional.empty(), TODAY);

        assertThat(list.lines()).extracting(l -> l.customerId().value()).containsExactly("OLD", "BIG");
        PriorityLine first = list.lines().get(0);
        assertThat(first.expectedImpact()).isEqualTo(first.overdue().times(
                java.math.BigDecimal.valueOf(first.risk().score()).movePointLeft(2), java.math.RoundingMode.HALF_UP));
    }

    @Test
    void a_collector_s_list_holds_only_the_accounts_they_own() {
        AccountFacts alices = owing("A1", "1000.00", 10);
        AccountFacts bobs = account(LedgerFixture.customer("B1", "50000.00", "bob"),
                List.of(LedgerFixture.open("B1", "9000.00", TODAY, 10)), 0, 0, 0, 0);

        assertThat(agent.rank(List.of(alices, bobs), Optional.of(CollectorId.of("bob")), TODAY).lines())
                .extracting(l -> l.customerId().value()).containsExactly("B1");
        assertThat(agent.rank(List.of(alices, bobs), Optional.empty(), TODAY).lines()).hasSize(2);
    }

    @Test
    void the_next_action_grows_with_the_age_of_the_debt_and_broken_promises() {
        Customer acme = LedgerFixture.customer("ACME", "50000.00", "alice");
        Customer tight = LedgerFixture.customer("ACME", "5000.00", "alice");

        assertThat(action(owing("ACME", "1000.00", 10))).isEqualTo(NextAction.REMINDER);
        assertThat(action(owing("ACME", "1000.00", 40))).isEqualTo(NextAction.CALL);
        assertThat(action(owing("ACME", "1000.00", 75))).isEqualTo(NextAction.ESCALATE);
        assertThat(action(account(acme, List.of(LedgerFixture.open("ACME", "1000.00", TODAY, 10)), 0, 0, 1, 0)))
                .isEqualTo(NextAction.ESCALATE);
        assertThat(action(account(tight, List.of(LedgerFixture.open("ACME", "6000.00", TODAY, 100)), 0, 0, 0, 0)))
                .isEqualTo(NextAction.HOLD_ORDERS);
    }

    @Test
    void the_reminder_stage_follows_the_oldest_overdue_invoice() {
        assertThat(agent.line(owing("ACME", "1000.00", 20)).orElseThrow().stage()).isEqualTo(ReminderStage.FRIENDLY);
        assertThat(agent.line(owing("ACME", "1000.00", 45)).orElseThrow().stage()).isEqualTo(ReminderStage.FIRM);
        assertThat(agent.line(owing("ACME", "1000.00", 61)).orElseThrow().stage()).isEqualTo(ReminderStage.FINAL);
    }

    @Test
    void only_overdue_accounts_are_listed() {
        assertThat(agent.rank(List.of(owing("ACME", "1000.00", -3)), Optional.empty(), TODAY).lines()).isEmpty();
        assertThat(agent.line(owing("ACME", "1000.00", 1)).orElseThrow().overdue()).isEqualTo(Money.of("1000.00", "USD"));
    }

    private NextAction action(AccountFacts facts) {
        return agent.line(facts).orElseThrow().nextAction();
    }
}
