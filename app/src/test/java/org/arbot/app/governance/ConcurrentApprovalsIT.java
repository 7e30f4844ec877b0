package org.arbot.app.governance;

import static org.arbot.core.governance.GovernanceFixtures.CARLA_SLACK;
import static org.arbot.core.governance.GovernanceFixtures.CARLA_TEAMS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.arbot.core.governance.AuditVerification;
import org.arbot.core.governance.AutomationMode;
import org.arbot.core.governance.DecideCommand;
import org.arbot.core.governance.DecisionResult;
import org.arbot.core.governance.GovernanceFixtures;
import org.arbot.core.governance.MutableClock;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalOutcome;
import org.arbot.core.governance.ProposalState;
import org.arbot.core.ledger.InMemoryLedger;
import org.junit.jupiter.api.Test;

/** Many people, channels and replicas approving one proposal at once: one decision, one ledger write, one chain. */
class ConcurrentApprovalsIT {

    @Test
    void a_hundred_simultaneous_approvals_from_slack_and_teams_on_two_replicas_write_to_the_ledger_once() throws Exception {
        try (FreshPostgres database = FreshPostgres.migrated()) {
            InMemoryLedger ledger = GovernanceFixtures.ledger();
            MutableClock clock = GovernanceRig.clock();
            JdbcGovernance replicaA = GovernanceRig.replica(database.dataSource, ledger, clock, AutomationMode.ASSIST);
            JdbcGovernance replicaB = GovernanceRig.replica(database.dataSource, ledger, clock, AutomationMode.ASSIST);
            Proposal proposal = ((ProposalOutcome.AwaitingApproval) replicaA.proposing.propose(
                    GovernanceFixtures.writeOff("120.00"))).proposal();

            CountDownLatch start = new CountDownLatch(1);
            List<Callable<DecisionResult>> clicks = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                JdbcGovernance replica = i % 2 == 0 ? replicaA : replicaB;
                DecideCommand click = DecideCommand.approve(proposal.id(), i % 3 == 0 ? CARLA_TEAMS : CARLA_SLACK, "turn-" + (i % 10));
                clicks.add(() -> {
                    start.await();
                    return replica.deciding.decide(click);
                });
            }
            ExecutorService threads = Executors.newFixedThreadPool(32);
            List<Future<DecisionResult>> results = clicks.stream().map(threads::submit).toList();
            start.countDown();
            List<DecisionResult> decided = new ArrayList<>();
            for (Future<DecisionResult> result : results) {
                decided.add(result.get(60, TimeUnit.SECONDS));
            }
            threads.shutdown();
            replicaB.executing.drain();

            assertThat(ledger.writes()).isEqualTo(1);
            assertThat(decided).filteredOn(r -> r instanceof DecisionResult.ProposalAlreadyDecided).hasSize(99);
            assertThat(decided).filteredOn(r -> !(r instanceof DecisionResult.ProposalAlreadyDecided)).singleElement()
                    .isInstanceOf(DecisionResult.ProposalExecuted.class);
            assertThat(replicaA.proposals.byId(proposal.id()).orElseThrow().state()).isEqualTo(ProposalState.EXECUTED);
            assertThat(replicaA.jdbc.queryForObject("SELECT count(*) FROM gov_audit WHERE kind = 'HUMAN_ACTION'", Integer.class))
                    .isEqualTo(1);
            assertThat(replicaA.jdbc.queryForObject("SELECT count(*) FROM gov_audit WHERE kind = 'LEDGER_CALL'", Integer.class))
                    .isEqualTo(1);
            assertThat(AuditVerification.verify(replicaA.audit)).isInstanceOfSatisfying(
                    AuditVerification.Result.ChainIntact.class, intact -> assertThat(intact.entries()).isEqualTo(102));
        }
    }
}
