package org.arbot.app.governance;

import static org.arbot.core.governance.GovernanceFixtures.CARLA_SLACK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.arbot.core.governance.AutomationMode;
import org.arbot.core.governance.DecideCommand;
import org.arbot.core.governance.FaultyLedger;
import org.arbot.core.governance.GovernanceFixtures;
import org.arbot.core.governance.MutableClock;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalOutcome;
import org.arbot.core.governance.ProposalState;
import org.arbot.core.ledger.InMemoryLedger;
import org.arbot.core.ledger.LedgerException;
import org.junit.jupiter.api.Test;

/** The process dies between the ledger write and the database commit; after a restart the proposal is executed once. */
class CrashRecoveryIT {

    /** What the worker thread dies of in the middle of its transaction. */
    static final class WorkerKilled extends Error {
        WorkerKilled() {
            super("worker killed after the ledger call, before the commit");
        }
    }

    @Test
    void a_worker_killed_after_the_ledger_write_leaves_the_approval_and_the_restarted_app_executes_it_without_writing_again() {
        try (FreshPostgres database = FreshPostgres.migrated()) {
            InMemoryLedger ledger = GovernanceFixtures.ledger();
            MutableClock clock = GovernanceRig.clock();
            FaultyLedger dying = new FaultyLedger(ledger).throwAfterNextWrite(WorkerKilled::new);
            JdbcGovernance beforeCrash = GovernanceRig.replica(database.dataSource, dying, clock, AutomationMode.ASSIST);
            Proposal proposal = ((ProposalOutcome.AwaitingApproval) beforeCrash.proposing.propose(
                    GovernanceFixtures.writeOff("120.00"))).proposal();

            assertThatThrownBy(() -> beforeCrash.deciding.decide(DecideCommand.approve(proposal.id(), CARLA_SLACK, "t-1")))
                    .isInstanceOf(WorkerKilled.class);

            assertThat(ledger.writes()).isEqualTo(1);
            assertThat(beforeCrash.proposals.byId(proposal.id()).orElseThrow().state()).isEqualTo(ProposalState.APPROVED);
            assertThat(beforeCrash.jdbc.queryForObject("SELECT count(*) FROM gov_outbox", Integer.class)).isEqualTo(1);

            JdbcGovernance restarted = GovernanceRig.replica(database.dataSource, ledger, clock, AutomationMode.ASSIST);
            OutboxWorker worker = new OutboxWorker(restarted.executing, restarted.expiring, Duration.ofMillis(50));
            worker.start();
            try {
                await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                        restarted.proposals.byId(proposal.id()).orElseThrow().state()).isEqualTo(ProposalState.EXECUTED));
            } finally {
                worker.stop();
            }
            assertThat(ledger.writes()).isEqualTo(1);
            assertThat(restarted.jdbc.queryForObject("SELECT count(*) FROM gov_outbox", Integer.class)).isZero();
            assertThat(restarted.jdbc.queryForObject("SELECT details FROM gov_audit WHERE kind = 'LEDGER_CALL'", String.class))
                    .contains("outcome=already present", "request-id=" + proposal.idempotencyKey());
        }
    }

    @Test
    void a_commit_that_fails_after_the_ledger_write_rolls_back_and_the_restarted_app_executes_it_once() {
        try (FreshPostgres database = FreshPostgres.migrated()) {
            InMemoryLedger ledger = GovernanceFixtures.ledger();
            MutableClock clock = GovernanceRig.clock();
            CommitFailingDataSource failingCommits = new CommitFailingDataSource(database.dataSource);
            FaultyLedger flaky = new FaultyLedger(ledger).failNextWrite(
                    () -> new LedgerException("rateLimited", "too many requests", true));
            JdbcGovernance beforeCrash = GovernanceRig.replica(failingCommits, flaky, clock, AutomationMode.AUTO);
            ProposalOutcome.AutoApproved auto = (ProposalOutcome.AutoApproved) beforeCrash.proposing.propose(
                    GovernanceFixtures.writeOff("120.00"));
            assertThat(ledger.writes()).isZero();

            clock.advance(Duration.ofMinutes(1));
            failingCommits.failNextCommit();
            // executeNext, not drain: the drain's first transaction looks for due payments, and would take the failure
            assertThatThrownBy(beforeCrash.executing::executeNext).hasStackTraceContaining("commit failed");

            assertThat(ledger.writes()).isEqualTo(1);
            JdbcGovernance restarted = GovernanceRig.replica(database.dataSource, ledger, clock, AutomationMode.AUTO);
            assertThat(restarted.proposals.byId(auto.proposal().id()).orElseThrow().state())
                    .isEqualTo(ProposalState.FAILED_RETRYABLE);
            assertThat(restarted.executing.drain()).isEqualTo(1);
            assertThat(ledger.writes()).isEqualTo(1);
            assertThat(restarted.proposals.byId(auto.proposal().id()).orElseThrow().state()).isEqualTo(ProposalState.EXECUTED);
        }
    }
}
