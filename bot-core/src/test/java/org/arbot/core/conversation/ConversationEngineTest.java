package org.arbot.core.conversation;

import static org.arbot.core.conversation.Fixtures.said;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.arbot.core.ar.ApprovalState;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.ledger.InMemoryLedger;
import org.junit.jupiter.api.Test;

class ConversationEngineTest {

    final InMemoryLedger ledger = Fixtures.ledger();
    final MapConversations conversations = new MapConversations();
    final ConversationEngine engine = Fixtures.engine(ledger, conversations);

    @Test
    void a_redelivered_turn_is_answered_once() {
        assertThat(engine.handle(said("Ev1", "summary for harbor foods"))).hasSize(1);

        assertThat(engine.handle(said("Ev1", "summary for harbor foods"))).isEmpty();
    }

    @Test
    void a_customer_question_is_answered_with_the_ledger_figures_and_a_card() {
        Reply reply = engine.handle(said("Ev1", "<@U0ARBOT> how much does harbr foods owe?")).get(0);

        assertThat(reply.text()).contains("Harbor Foods owes $13,600.00", "$9,600.00 is overdue", "INV-0001001");
        assertThat(reply.card()).isPresent();
    }

    @Test
    void an_ambiguous_name_gets_a_clarifying_question_and_the_choice_resumes_the_question() {
        Reply question = engine.handle(said("Ev1", "aging for acme")).get(0);
        assertThat(question.text()).contains("Which customer", "1. Acme Corp", "2. Acme Industrial");

        Reply answer = engine.handle(said("Ev2", "1")).get(0);

        assertThat(answer.text()).startsWith("Aging for Acme Corp").contains("$12,500.00", "INV-0001003");
    }

    @Test
    void a_follow_up_uses_the_customer_in_focus() {
        engine.handle(said("Ev1", "tell me about harbor foods"));

        Reply reply = engine.handle(said("Ev2", "and their oldest invoice?")).get(0);

        assertThat(reply.text()).startsWith("Aging for Harbor Foods").contains("Oldest: INV-0001001");
    }

    @Test
    void approve_it_asks_first_and_yes_releases_the_order_in_focus() {
        engine.handle(said("Ev1", "credit status of SO-2231"));
        Reply question = engine.handle(said("Ev2", "approve it")).get(0);
        assertThat(question.text()).startsWith("Approve SO-2231?");
        assertThat(ledger.writes()).isZero();

        List<Reply> done = engine.handle(said("Ev3", "yes"));

        assertThat(done).extracting(Reply::text).anySatisfy(t -> assertThat(t).contains("SO-2231", "released"));
        assertThat(ledger.salesOrder(SalesOrderId.of("SO-2231")).orElseThrow().approval()).isEqualTo(ApprovalState.APPROVED);
    }

    @Test
    void no_cancels_the_pending_action() {
        engine.handle(said("Ev1", "decline SO-2231"));

        assertThat(engine.handle(said("Ev2", "no")).get(0).text()).startsWith("Cancelled");
        assertThat(engine.handle(said("Ev3", "yes")).get(0).text()).doesNotContain("Done");
        assertThat(ledger.writes()).isZero();
    }

    @Test
    void a_button_press_is_its_own_confirmation() {
        List<Reply> done = engine.handle(Turn.pressed("Ev1", "slack:C1:100.1", "U02MARIA", Channel.SLACK, "decline", "SO-2231"));

        assertThat(done).extracting(Reply::text).anySatisfy(t -> assertThat(t).contains("stays on credit hold"));
        // Declining the proposal to release writes nothing: the order simply stays held.
        assertThat(ledger.salesOrder(SalesOrderId.of("SO-2231")).orElseThrow().approval()).isEqualTo(ApprovalState.PENDING);
    }

    @Test
    void while_state_is_unavailable_the_bot_says_so_and_never_acts_then_recovers() {
        engine.handle(said("Ev1", "approve SO-2231"));
        conversations.down.set(true);

        assertThat(engine.handle(said("Ev2", "yes"))).containsExactly(Reply.stateUnavailable());
        assertThat(ledger.writes()).isZero();

        conversations.down.set(false);
        assertThat(engine.handle(said("Ev2", "yes"))).extracting(Reply::text)
                .anySatisfy(t -> assertThat(t).contains("released"));
        assertThat(ledger.writes()).isEqualTo(1);
    }

    @Test
    void why_did_a_customer_short_pay_names_the_payment_invoices_deduction_reason_evidence_and_next_step() {
        Reply reply = engine.handle(said("Ev1", "why did harbor foods short-pay?")).get(0);

        assertThat(reply.text()).contains("BL-3302", "$9,120.00", "INV-0001001", "$480.00 short", "$480.00 DAMAGE",
                "damaged goods", "Next step", "damage report");
    }
}
