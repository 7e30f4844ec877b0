package org.arbot.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProposalLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");
    private static final PersonId MARIA = PersonId.of("maria");

    private static Proposal proposed() {
        ProposeCommand command = GovernanceFixtures.writeOff("120.00");
        return Proposal.propose(ProposalId.of("p-1"), command.workflow(), command.action(), command.amount(),
                command.confidence(), command.risk(), command.reasons(), "deductions-agent",
                Assignee.queueOf(command.workflow()), NOW, NOW.plusSeconds(3600));
    }

    @Test
    void a_proposal_goes_from_proposed_through_approval_and_execution_to_executed() {
        Proposal executed = proposed().awaitingApproval().approvedBy(MARIA).executing().executed("adjustment 1001");

        assertThat(executed.state()).isEqualTo(ProposalState.EXECUTED);
        assertThat(executed.decidedBy()).contains(MARIA);
        assertThat(executed.attempts()).isEqualTo(1);
        assertThat(executed.outcome()).isEqualTo("adjustment 1001");
    }

    @Test
    void the_action_carries_the_proposals_idempotency_key_to_the_ledger() {
        ProposalAction.PostAdjustment action = (ProposalAction.PostAdjustment) proposed().action();

        assertThat(action.posting().idempotencyKey()).isEqualTo("arbot-p-1");
    }

    @Test
    void a_retryable_failure_is_executed_again_and_a_final_failure_ends_it() {
        Proposal retried = proposed().autoApproved().executing().failed("rate limited", true).executing();

        assertThat(retried.attempts()).isEqualTo(2);
        assertThat(retried.failed("invalid", false).state()).isEqualTo(ProposalState.FAILED);
    }

    @Test
    void reassigned_and_expired_proposals_can_still_be_decided() {
        Proposal expired = proposed().awaitingApproval()
                .reassignedTo(Assignee.person(PersonId.of("carla")), MARIA, NOW.plusSeconds(7200))
                .expiredTo(Assignee.person(MARIA));

        assertThat(expired.state().pending()).isTrue();
        assertThat(expired.assignee()).isEqualTo(Assignee.person(MARIA));
        assertThat(expired.approvedBy(MARIA).state()).isEqualTo(ProposalState.APPROVED);
    }

    @Test
    void an_approval_cannot_skip_the_question_and_an_executed_proposal_cannot_move_again() {
        assertThatThrownBy(() -> proposed().approvedBy(MARIA))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("proposal p-1 cannot move from PROPOSED to APPROVED");
        Proposal executed = proposed().autoApproved().executing().executed("adjustment 1");
        assertThatThrownBy(() -> executed.approvedBy(MARIA)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(executed::executing).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> proposed().awaitingApproval().declinedBy(MARIA, "no").approvedBy(MARIA))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void only_the_listed_moves_are_allowed_and_terminal_states_allow_none() {
        for (ProposalState from : ProposalState.values()) {
            for (ProposalState to : ProposalState.values()) {
                assertThat(from.canMoveTo(to)).isEqualTo(from.next().contains(to));
            }
        }
        for (ProposalState terminal : List.of(ProposalState.DECLINED, ProposalState.EXECUTED, ProposalState.FAILED)) {
            assertThat(terminal.next()).isEmpty();
        }
        assertThat(ProposalState.PROPOSED.next()).isEqualTo(EnumSet.of(ProposalState.AUTO_APPROVED, ProposalState.AWAITING_APPROVAL));
        assertThat(ProposalState.APPROVED.next()).containsExactly(ProposalState.EXECUTING);
    }
}
