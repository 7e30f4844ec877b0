package org.arbot.core.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.AdjustmentKind;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Terms;
import org.arbot.core.collections.DraftingReminders;
import org.arbot.core.collections.InMemoryPromisesToPay;
import org.arbot.core.collections.OpenDisputes;
import org.arbot.core.collections.PriorityLine;
import org.arbot.core.collections.RankingCollections;
import org.arbot.core.conversation.answers.AnswerModels;
import org.arbot.core.conversation.answers.LedgerActions;
import org.arbot.core.conversation.answers.LedgerAnswers;
import org.arbot.core.conversation.answers.RecordingPromises;
import org.arbot.core.credit.CheckingCredit;
import org.arbot.core.credit.CreditPolicy;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.GovernanceFixtures;
import org.arbot.core.governance.PersonId;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalAction;
import org.arbot.core.governance.ProposalId;
import org.arbot.core.governance.Workflow;
import org.arbot.core.ledger.AdjustmentPosting;
import org.arbot.core.ledger.InMemoryLedger;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;

class CollectionsQuestionsTest {

    static final String CARLA = GovernanceFixtures.CARLA_SLACK.id();
    static final String MARIA = GovernanceFixtures.MARIA_SLACK.id();

    final InMemoryLedger ledger = Fixtures.ledger()
            .add(new Customer(CustomerId.of("C-PINE"), "Pinecrest Medical", Optional.empty(), Money.of("30000.00", "USD"),
                    Terms.net(30), CollectorId.of("CCOLLECTOR"), false, List.of()))
            .add(Fixtures.invoice("I-9", "INV-0001009", "C-PINE", Fixtures.TODAY.minusDays(80), "7000.00"));
    final InMemoryPromisesToPay promises = new InMemoryPromisesToPay();
    final Proposal writeOff = Proposal.propose(ProposalId.of("PRP-7"), Workflow.DEDUCTIONS, new ProposalAction.PostAdjustment(
                    new AdjustmentPosting("k", CustomerId.of("C-HARBOR"), Optional.empty(), Fixtures.TODAY,
                            Money.of("480.00", "USD"), AdjustmentKind.WRITE_OFF, "damage")), Money.of("480.00", "USD"),
            new BigDecimal("0.80"), new BigDecimal("0.10"), List.of("damage deduction of 480.00 on INV-0001001"),
            "deductions-agent", Assignee.person(PersonId.of("carla")), Fixtures.CLOCK.instant(),
            Fixtures.CLOCK.instant().plus(Duration.ofDays(1)));
    final AnswerModels models = new AnswerModels(new CheckingCredit(ledger, Fixtures.CLOCK, CreditPolicy.defaults()),
            promises, GovernanceFixtures.people(),
            assignee -> assignee.equals(Assignee.person(PersonId.of("carla"))) ? List.of(writeOff) : List.of());
    final ConversationEngine engine = new ConversationEngine(new MapConversations(),
            new IntentParser(ledger::customers, text -> new float[1], Fixtures.CLOCK),
            LedgerAnswers.from(ledger, Fixtures.CLOCK, models),
            new RecordingPromises(promises, ledger, Fixtures.CLOCK, new LedgerActions(ledger)));
    final RankingCollections ranking = new RankingCollections(ledger, promises, OpenDisputes.none(), Fixtures.CLOCK);

    @Test
    void a_collector_asking_for_the_priority_list_gets_their_own_ranked_accounts() {
        Reply reply = engine.handle(said("Ev1", CARLA, "who should I call first today?")).get(0);

        assertThat(reply.text()).startsWith("Call these first on your accounts").contains("Pinecrest Medical: $7,000.00 overdue")
                .doesNotContain("Acme Corp", "Harbor Foods");
    }

    @Test
    void an_ar_manager_gets_the_team_list_in_the_rankings_order() {
        List<String> ranked = ranking.forTeam().lines().stream().map(PriorityLine::customerName).toList();

        Reply reply = engine.handle(said("Ev1", MARIA, "priority list")).get(0);

        assertThat(ranked).hasSize(3);
        assertThat(reply.text()).startsWith("Call these first on the team's accounts (overdue times the risk of slipping "
                + "further): " + String.join(", ", ranked) + ".");
    }

    @Test
    void my_queue_lists_the_proposals_waiting_for_the_asker_then_their_priority_accounts() {
        Reply reply = engine.handle(said("Ev1", CARLA, "what's in my queue?")).get(0);

        assertThat(reply.text()).startsWith("Carla Collector, 1 proposal waits for your decision, and 1 overdue accounts")
                .contains("PRP-7: post-adjustment $480.00: damage deduction of 480.00 on INV-0001001", "Pinecrest Medical");
    }

    @Test
    void a_reminder_is_the_collections_draft_for_the_account() {
        String subject = new DraftingReminders(ledger, promises, Fixtures.CLOCK)
                .draft(CustomerId.of("C-HARBOR"), Optional.empty()).subject();

        Reply reply = engine.handle(said("Ev1", CARLA, "draft a reminder to harbor foods")).get(0);

        assertThat(reply.text()).startsWith("Draft ").contains("Subject: " + subject, "Overdue: $9,600.00 on 1 invoices");
    }

    @Test
    void a_confirmed_promise_to_pay_is_recorded_for_collections_and_shows_on_the_priority_list() {
        Reply question = engine.handle(said("Ev1", CARLA, "harbor foods promised to pay 9600 on 2026-12-04")).get(0);
        assertThat(question.text()).contains("promised to pay");
        assertThat(promises.of(CustomerId.of("C-HARBOR"))).isEmpty();

        assertThat(engine.handle(said("Ev2", CARLA, "yes")).get(0).text())
                .isEqualTo("Recorded: Harbor Foods promised to pay $9,600.00 by 2026-12-04. The priority list shows it until then.");

        assertThat(promises.of(CustomerId.of("C-HARBOR"))).singleElement()
                .satisfies(p -> assertThat(p.loggedBy()).isEqualTo(CARLA));
        assertThat(engine.handle(said("Ev3", MARIA, "priority list")).get(0).text())
                .contains("promised $9,600.00 by 2026-12-04");
    }

    private static Turn said(String id, String actor, String text) {
        return Turn.said(id, "slack:C1:" + actor, actor, Channel.SLACK, text);
    }
}
