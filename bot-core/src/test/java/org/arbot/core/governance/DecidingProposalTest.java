package org.arbot.core.governance;

import static org.arbot.core.governance.GovernanceFixtures.CARLA_SLACK;
import static org.arbot.core.governance.GovernanceFixtures.CARLA_TEAMS;
import static org.arbot.core.governance.GovernanceFixtures.MARIA_SLACK;
import static org.arbot.core.governance.GovernanceFixtures.VICTOR_SLACK;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.arbot.core.governance.DecisionResult.DecisionRefused;
import org.arbot.core.governance.DecisionResult.ProposalAlreadyDecided;
import org.arbot.core.governance.DecisionResult.ProposalDeclined;
import org.arbot.core.governance.DecisionResult.ProposalExecuted;
import org.arbot.core.governance.DecisionResult.ProposalReassigned;
import org.junit.jupiter.api.Test;

class DecidingProposalTest {

    private final InMemoryGovernance governance = new InMemoryGovernance(AutomationMode.ASSIST);

    private Proposal proposeWriteOff(String amount) {
        return ((ProposalOutcome.AwaitingApproval) governance.proposing.propose(GovernanceFixtures.writeOff(amount))).proposal();
    }

    @Test
    void an_approval_within_the_limit_is_executed_once_and_recorded_against_the_intacct_user() {
        Proposal proposal = proposeWriteOff("120.00");

        DecisionResult result = governance.deciding.decide(DecideCommand.approve(proposal.id(), CARLA_SLACK, "turn-1"));

        assertThat(result).isInstanceOfSatisfying(ProposalExecuted.class,
                executed -> assertThat(executed.proposal().state()).isEqualTo(ProposalState.EXECUTED));
        assertThat(governance.ledger.writes()).isEqualTo(1);
        assertThat(governance.auditKinds()).containsExactly("DECISION", "HUMAN_ACTION", "LEDGER_CALL");
        assertThat(governance.lastAudit().actor()).isEqualTo("CCOLLECTOR");
        assertThat(governance.lastAudit().details()).contains("request-id=" + proposal.idempotencyKey(), "outcome=written");
    }

    @Test
    void a_second_click_from_another_channel_is_told_who_decided_first_and_writes_nothing() {
        Proposal proposal = proposeWriteOff("120.00");
        governance.deciding.decide(DecideCommand.approve(proposal.id(), CARLA_SLACK, "slack-turn"));

        DecisionResult again = governance.deciding.decide(DecideCommand.approve(proposal.id(), CARLA_TEAMS, "teams-turn"));

        assertThat(again).isInstanceOfSatisfying(ProposalAlreadyDecided.class,
                already -> assertThat(already.decidedBy()).contains(PersonId.of("carla")));
        assertThat(governance.ledger.writes()).isEqualTo(1);
    }

    @Test
    void an_approval_above_the_persons_limit_is_refused_with_the_reason_audited_and_nothing_written() {
        Proposal proposal = proposeWriteOff("750.00");

        DecisionResult result = governance.deciding.decide(DecideCommand.approve(proposal.id(), CARLA_SLACK, "turn-1"));

        assertThat(result).isInstanceOfSatisfying(DecisionRefused.class, refused -> assertThat(refused.reason())
                .isEqualTo("amount USD 750.00 exceeds Carla Collector's deductions approval limit of USD 500.00"));
        assertThat(governance.ledger.writes()).isZero();
        assertThat(governance.store.outboxSize()).isZero();
        assertThat(governance.store.byId(proposal.id()).orElseThrow().state()).isEqualTo(ProposalState.AWAITING_APPROVAL);
        assertThat(governance.lastAudit().kind()).isEqualTo("REFUSAL");
        assertThat(governance.lastAudit().details()).contains("exceeds Carla Collector's", "identity=slack:U0COLLECT1");
    }

    @Test
    void a_viewer_and_an_unknown_chat_user_are_refused() {
        Proposal proposal = proposeWriteOff("10.00");

        assertThat(governance.deciding.decide(DecideCommand.approve(proposal.id(), VICTOR_SLACK, "t1")))
                .isInstanceOf(DecisionRefused.class);
        assertThat(governance.deciding.decide(DecideCommand.approve(proposal.id(), ChatIdentity.slack("U0STRANGER"), "t2")))
                .isInstanceOfSatisfying(DecisionRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo("slack:U0STRANGER is not an arbot user"));
        assertThat(governance.ledger.writes()).isZero();
    }

    @Test
    void a_decline_ends_the_proposal_without_a_write() {
        Proposal proposal = proposeWriteOff("10.00");

        DecisionResult result = governance.deciding.decide(DecideCommand.decline(proposal.id(), CARLA_SLACK, "customer pays", "t"));

        assertThat(result).isInstanceOf(ProposalDeclined.class);
        assertThat(governance.store.byId(proposal.id()).orElseThrow().state()).isEqualTo(ProposalState.DECLINED);
        assertThat(governance.ledger.writes()).isZero();
    }

    @Test
    void a_reassignment_moves_the_proposal_to_the_person_and_notifies_them() {
        Proposal proposal = proposeWriteOff("750.00");

        DecisionResult result = governance.deciding.decide(
                DecideCommand.reassign(proposal.id(), CARLA_SLACK, Assignee.person(PersonId.of("maria")), "t"));

        assertThat(result).isInstanceOf(ProposalReassigned.class);
        assertThat(governance.store.pendingFor(Assignee.person(PersonId.of("maria")))).extracting(Proposal::id)
                .containsExactly(proposal.id());
        assertThat(governance.notified).endsWith("assigned person:maria");
        assertThat(governance.deciding.decide(DecideCommand.approve(proposal.id(), MARIA_SLACK, "t2")))
                .isInstanceOf(ProposalExecuted.class);
    }

    @Test
    void an_expired_proposal_is_escalated_to_the_assignees_manager() {
        Proposal proposal = proposeWriteOff("750.00");
        governance.deciding.decide(DecideCommand.reassign(proposal.id(), MARIA_SLACK, Assignee.person(PersonId.of("carla")), "t"));
        governance.clock.advance(InMemoryGovernance.APPROVAL_TIMEOUT.minus(Duration.ofSeconds(1)));
        assertThat(governance.expiring.expireDue()).isEmpty();

        governance.clock.advance(Duration.ofSeconds(1));

        assertThat(governance.expiring.expireDue()).singleElement().satisfies(expired -> {
            assertThat(expired.state()).isEqualTo(ProposalState.EXPIRED);
            assertThat(expired.assignee()).isEqualTo(Assignee.person(PersonId.of("maria")));
        });
        assertThat(governance.notified).endsWith("escalated person:carla -> person:maria");
        assertThat(governance.lastAudit().kind()).isEqualTo("EXPIRY");
    }

    @Test
    void an_unassigned_queue_proposal_escalates_to_the_managers_queue() {
        proposeWriteOff("10.00");
        governance.clock.advance(InMemoryGovernance.APPROVAL_TIMEOUT);

        assertThat(governance.expiring.expireDue()).singleElement()
                .satisfies(expired -> assertThat(expired.assignee()).isEqualTo(ExpiringProposals.MANAGERS));
    }
}
