package org.arbot.app.governance;

import static org.arbot.core.governance.GovernanceFixtures.CARLA_SLACK;
import static org.arbot.core.governance.GovernanceFixtures.MARIA_SLACK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.AuditVerification;
import org.arbot.core.governance.AutomationMode;
import org.arbot.core.governance.DecideCommand;
import org.arbot.core.governance.DecisionResult;
import org.arbot.core.governance.GovernanceFixtures;
import org.arbot.core.governance.MutableClock;
import org.arbot.core.governance.PersonId;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalOutcome;
import org.arbot.core.governance.ProposalState;
import org.arbot.core.ledger.InMemoryLedger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The lifecycle as stored in PostgreSQL: each state change is persisted and only the allowed ones happen. */
class ProposalLifecycleIT {

    private static FreshPostgres database;
    private final InMemoryLedger ledger = GovernanceFixtures.ledger();
    private final MutableClock clock = GovernanceRig.clock();
    private JdbcGovernance governance;

    @BeforeAll
    static void createDatabase() {
        database = FreshPostgres.migrated();
    }

    @AfterAll
    static void dropDatabase() {
        database.close();
    }

    private Proposal propose(String amount) {
        governance = GovernanceRig.replica(database.dataSource, ledger, clock, AutomationMode.ASSIST);
        return ((ProposalOutcome.AwaitingApproval) governance.proposing.propose(GovernanceFixtures.writeOff(amount))).proposal();
    }

    private Proposal stored(Proposal proposal) {
        return governance.proposals.byId(proposal.id()).orElseThrow();
    }

    @Test
    void a_proposal_is_stored_awaiting_approval_with_its_action_reasons_and_scores() {
        Proposal proposal = propose("120.00");

        Proposal stored = stored(proposal);
        assertThat(stored).isEqualTo(proposal);
        assertThat(stored.state()).isEqualTo(ProposalState.AWAITING_APPROVAL);
    }

    @Test
    void an_approved_proposal_is_stored_executed_with_the_ledger_reference() {
        Proposal proposal = propose("120.00");

        DecisionResult result = governance.deciding.decide(DecideCommand.approve(proposal.id(), CARLA_SLACK, "t-1"));

        assertThat(result).isInstanceOf(DecisionResult.ProposalExecuted.class);
        assertThat(stored(proposal).state()).isEqualTo(ProposalState.EXECUTED);
        assertThat(stored(proposal).decidedBy()).contains(PersonId.of("carla"));
        assertThat(stored(proposal).outcome()).startsWith("adjustment ");
        assertThat(ledger.findAdjustment(proposal.idempotencyKey())).isPresent();
    }

    @Test
    void a_declined_proposal_stays_declined_and_a_later_approval_is_told_so() {
        Proposal proposal = propose("120.00");
        governance.deciding.decide(DecideCommand.decline(proposal.id(), CARLA_SLACK, "customer will pay", "t-1"));

        DecisionResult late = governance.deciding.decide(DecideCommand.approve(proposal.id(), MARIA_SLACK, "t-2"));

        assertThat(late).isInstanceOf(DecisionResult.ProposalAlreadyDecided.class);
        assertThat(stored(proposal).state()).isEqualTo(ProposalState.DECLINED);
        assertThat(stored(proposal).outcome()).isEqualTo("customer will pay");
        assertThat(ledger.writes()).isZero();
    }

    @Test
    void a_reassigned_proposal_that_expires_is_escalated_to_the_manager_who_can_still_approve_it() {
        Proposal proposal = propose("750.00");
        governance.deciding.decide(DecideCommand.reassign(proposal.id(), MARIA_SLACK, Assignee.person(PersonId.of("carla")), "t-1"));
        assertThat(governance.proposals.pendingFor(Assignee.person(PersonId.of("carla")))).extracting(Proposal::id)
                .contains(proposal.id());

        clock.advance(GovernanceRig.APPROVAL_TIMEOUT.plus(Duration.ofMinutes(1)));
        governance.expiring.expireDue();

        assertThat(stored(proposal).state()).isEqualTo(ProposalState.EXPIRED);
        assertThat(stored(proposal).assignee()).isEqualTo(Assignee.person(PersonId.of("maria")));
        assertThat(governance.deciding.decide(DecideCommand.approve(proposal.id(), MARIA_SLACK, "t-2")))
                .isInstanceOf(DecisionResult.ProposalExecuted.class);
        assertThat(AuditVerification.verify(governance.audit)).isInstanceOf(AuditVerification.Result.ChainIntact.class);
    }

    @Test
    void a_refused_approval_writes_nothing_but_the_audit_entry() {
        Proposal proposal = propose("750.00");

        DecisionResult result = governance.deciding.decide(DecideCommand.approve(proposal.id(), CARLA_SLACK, "t-1"));

        assertThat(result).isInstanceOf(DecisionResult.DecisionRefused.class);
        assertThat(stored(proposal).state()).isEqualTo(ProposalState.AWAITING_APPROVAL);
        assertThat(governance.jdbc.queryForObject("SELECT count(*) FROM gov_outbox WHERE proposal_id = ?", Integer.class,
                proposal.id().value())).isZero();
        assertThat(governance.jdbc.queryForObject("SELECT kind FROM gov_audit WHERE proposal_id = ? ORDER BY sequence DESC "
                + "LIMIT 1", String.class, proposal.id().value())).isEqualTo("REFUSAL");
    }
}
