package org.arbot.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.arbot.core.governance.ExecutionResult.ExecutionFailed;
import org.arbot.core.governance.ExecutionResult.ProposalExecuted;
import org.arbot.core.ledger.LedgerException;
import org.junit.jupiter.api.Test;

class ExecutingProposalsTest {

    private final InMemoryGovernance governance = new InMemoryGovernance(AutomationMode.AUTO);

    @Test
    void a_worker_killed_after_the_write_leaves_the_proposal_in_the_outbox_and_the_next_run_finds_the_record() {
        governance.faults.throwAfterNextWrite(() -> new OutOfMemoryError("killed between the ledger write and the commit"));

        assertThatThrownBy(() -> governance.proposing.propose(GovernanceFixtures.writeOff("120.00")))
                .isInstanceOf(OutOfMemoryError.class);
        assertThat(governance.ledger.writes()).isEqualTo(1);
        assertThat(governance.store.outboxSize()).isEqualTo(1);

        assertThat(governance.executing.executeNext()).hasValueSatisfying(result -> {
            assertThat(result).isInstanceOfSatisfying(ProposalExecuted.class, executed -> assertThat(executed.wrote()).isFalse());
            assertThat(result.proposal().state()).isEqualTo(ProposalState.EXECUTED);
        });
        assertThat(governance.ledger.writes()).isEqualTo(1);
        assertThat(governance.store.outboxSize()).isZero();
        assertThat(governance.lastAudit().details()).contains("outcome=already present");
    }

    @Test
    void a_retryable_ledger_failure_is_retried_after_the_delay_and_then_executed() {
        governance.faults.failNextWrite(() -> new LedgerException("rateLimited", "too many requests", true));

        ProposalOutcome.AutoApproved outcome = (ProposalOutcome.AutoApproved) governance.proposing.propose(
                GovernanceFixtures.writeOff("120.00"));

        assertThat(outcome.execution()).hasValueSatisfying(result -> assertThat(result)
                .isInstanceOfSatisfying(ExecutionFailed.class, failed -> assertThat(failed.willRetry()).isTrue()));
        assertThat(governance.executing.executeNext()).isEmpty();
        governance.clock.advance(Duration.ofMinutes(1));
        assertThat(governance.executing.executeNext()).hasValueSatisfying(
                result -> assertThat(result.proposal().state()).isEqualTo(ProposalState.EXECUTED));
        assertThat(governance.ledger.writes()).isEqualTo(1);
        assertThat(governance.auditKinds()).containsExactly("DECISION", "LEDGER_CALL", "LEDGER_CALL");
    }

    @Test
    void a_ledger_refusal_fails_the_proposal_for_good() {
        governance.faults.failNextWrite(() -> new LedgerException("invalidRequest", "customer is inactive", false));

        ProposalOutcome.AutoApproved outcome = (ProposalOutcome.AutoApproved) governance.proposing.propose(
                GovernanceFixtures.writeOff("120.00"));

        assertThat(outcome.execution()).hasValueSatisfying(
                result -> assertThat(result.proposal().state()).isEqualTo(ProposalState.FAILED));
        assertThat(governance.store.outboxSize()).isZero();
        assertThat(governance.lastAudit().details()).contains("outcome=failed", "invalidRequest: customer is inactive");
    }

    @Test
    void an_unexpected_failure_after_the_write_is_retried_and_the_retry_finds_the_record() {
        governance.faults.throwAfterNextWrite(() -> new IllegalStateException("socket closed reading the response"));

        ProposalOutcome.AutoApproved outcome = (ProposalOutcome.AutoApproved) governance.proposing.propose(
                GovernanceFixtures.writeOff("120.00"));

        assertThat(outcome.execution()).hasValueSatisfying(result -> assertThat(result)
                .isInstanceOfSatisfying(ExecutionFailed.class, failed -> assertThat(failed.willRetry()).isTrue()));
        governance.clock.advance(Duration.ofMinutes(1));
        assertThat(governance.executing.executeNext()).hasValueSatisfying(result -> assertThat(result)
                .isInstanceOfSatisfying(ProposalExecuted.class, executed -> assertThat(executed.wrote()).isFalse()));
        assertThat(governance.ledger.writes()).isEqualTo(1);
    }
}
