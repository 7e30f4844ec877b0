package org.arbot.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.arbot.core.governance.ExecutionResult.ExecutionFailed;
import org.arbot.core.governance.ExecutionResult.ProposalExecuted;
import org.junit.jupiter.api.Test;

class ExecutingPaymentBatchesTest {

    private final InMemoryGovernance governance = new InMemoryGovernance(AutomationMode.AUTO);

    @Test
    void an_auto_approved_payment_waits_for_the_outbox_batch_instead_of_being_posted_at_once() {
        ProposalOutcome.AutoApproved outcome = (ProposalOutcome.AutoApproved) governance.proposing.propose(
                GovernanceFixtures.payment("250.00", "CUST-1001"));

        assertThat(outcome.execution()).isEmpty();
        assertThat(governance.ledger.writes()).isZero();
        assertThat(governance.store.outboxSize()).isEqualTo(1);
    }

    @Test
    void due_payments_are_posted_together_and_each_proposal_is_executed_and_audited_on_its_own() {
        List<Proposal> proposed = propose("100.00", "200.00", "300.00");

        List<ExecutionResult> batch = governance.executing.executeDuePayments();

        assertThat(batch).hasSize(3).allSatisfy(result -> assertThat(result)
                .isInstanceOfSatisfying(ProposalExecuted.class, executed -> assertThat(executed.wrote()).isTrue()));
        assertThat(governance.ledger.writes()).isEqualTo(3);
        assertThat(governance.store.outboxSize()).isZero();
        proposed.forEach(p -> assertThat(governance.store.byId(p.id()).orElseThrow().state()).isEqualTo(ProposalState.EXECUTED));
        assertThat(governance.auditKinds()).containsExactly("DECISION", "DECISION", "DECISION", "LEDGER_CALL", "LEDGER_CALL",
                "LEDGER_CALL");
        assertThat(governance.executing.executeDuePayments()).isEmpty();
    }

    @Test
    void a_refused_payment_fails_alone_with_the_ledgers_message() {
        Proposal good = propose("100.00").get(0);
        Proposal refused = ((ProposalOutcome.AutoApproved) governance.proposing.propose(
                GovernanceFixtures.payment("50.00", "CUST-9999"))).proposal();

        assertThat(governance.executing.drain()).isEqualTo(2);

        assertThat(governance.store.byId(good.id()).orElseThrow().state()).isEqualTo(ProposalState.EXECUTED);
        Proposal failed = governance.store.byId(refused.id()).orElseThrow();
        assertThat(failed.state()).isEqualTo(ProposalState.FAILED);
        assertThat(failed.outcome()).isEqualTo("notFound: customer CUST-9999 was not found");
        assertThat(governance.store.outboxSize()).isZero();
        assertThat(governance.lastAudit().details()).contains("outcome=failed", "customer CUST-9999 was not found");
    }

    @Test
    void a_payment_already_in_the_ledger_is_answered_without_writing_again() {
        Proposal proposal = propose("100.00").get(0);
        governance.ledger.postPayment(((ProposalAction.PostPayment) proposal.action()).posting());

        assertThat(governance.executing.executeDuePayments()).singleElement().isInstanceOfSatisfying(ProposalExecuted.class,
                executed -> assertThat(executed.wrote()).isFalse());
        assertThat(governance.ledger.writes()).isEqualTo(1);
        assertThat(governance.lastAudit().details()).contains("outcome=already present");
    }

    @Test
    void a_batch_the_ledger_could_not_take_is_retried_later_for_every_payment_in_it() {
        propose("100.00", "200.00");
        governance.faults.failNextWrite(() -> new org.arbot.core.ledger.LedgerException("rateLimited", "too many requests", true));

        assertThat(governance.executing.executeDuePayments()).hasSize(2).allSatisfy(result -> assertThat(result)
                .isInstanceOfSatisfying(ExecutionFailed.class, failed -> assertThat(failed.willRetry()).isTrue()));
        assertThat(governance.executing.executeDuePayments()).isEmpty();
        assertThat(governance.ledger.writes()).isZero();
        governance.clock.advance(Duration.ofMinutes(1));
        assertThat(governance.executing.drain()).isEqualTo(2);
        assertThat(governance.ledger.writes()).isEqualTo(2);
        assertThat(governance.store.outboxSize()).isZero();
    }

    @Test
    void a_batch_takes_at_most_its_size_and_the_drain_takes_the_rest() {
        ExecutingProposals inTwos = new ExecutingProposals(governance.store, governance.store, governance.store,
                governance.store, new LedgerExecutor(governance.ledger), governance.people, governance.clock, 3,
                Duration.ofMinutes(1), 2);
        propose("100.00", "200.00", "300.00");

        assertThat(inTwos.executeDuePayments()).hasSize(2);
        assertThat(inTwos.drain()).isEqualTo(1);
        assertThat(governance.ledger.writes()).isEqualTo(3);
    }

    private List<Proposal> propose(String... amounts) {
        return java.util.Arrays.stream(amounts).map(amount -> ((ProposalOutcome.AutoApproved) governance.proposing.propose(
                GovernanceFixtures.payment(amount, "CUST-1001"))).proposal()).toList();
    }
}
