package org.arbot.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import org.arbot.core.governance.ProposalOutcome.AutoApproved;
import org.arbot.core.governance.ProposalOutcome.AwaitingApproval;
import org.arbot.core.governance.ProposalOutcome.Informed;
import org.junit.jupiter.api.Test;

/** The same write-off decision under each automation mode. */
class ModesTest {

    @Test
    void in_monitor_mode_the_decision_only_informs_and_writes_nothing() {
        InMemoryGovernance governance = new InMemoryGovernance(AutomationMode.MONITOR);

        ProposalOutcome outcome = governance.proposing.propose(GovernanceFixtures.writeOff("120.00"));

        assertThat(outcome).isInstanceOf(Informed.class);
        assertThat(governance.ledger.writes()).isZero();
        assertThat(governance.auditKinds()).containsExactly("DECISION");
        assertThat(governance.lastAudit().details()).contains("verdict=INFORM", "confidence=0.95", "input.invoice=INV-2001");
    }

    @Test
    void in_assist_mode_the_decision_becomes_a_proposal_for_a_person() {
        InMemoryGovernance governance = new InMemoryGovernance(AutomationMode.ASSIST);

        ProposalOutcome outcome = governance.proposing.propose(GovernanceFixtures.writeOff("120.00"));

        assertThat(outcome).isInstanceOfSatisfying(AwaitingApproval.class, awaiting -> {
            assertThat(awaiting.proposal().state()).isEqualTo(ProposalState.AWAITING_APPROVAL);
            assertThat(awaiting.proposal().assignee()).isEqualTo(Assignee.queue("deductions"));
        });
        assertThat(governance.ledger.writes()).isZero();
        assertThat(governance.notified).containsExactly("assigned queue:deductions");
    }

    @Test
    void in_auto_mode_the_decision_within_thresholds_is_executed() {
        InMemoryGovernance governance = new InMemoryGovernance(AutomationMode.AUTO);

        ProposalOutcome outcome = governance.proposing.propose(GovernanceFixtures.writeOff("120.00"));

        assertThat(outcome).isInstanceOfSatisfying(AutoApproved.class, auto -> assertThat(auto.execution()).hasValueSatisfying(
                execution -> assertThat(execution.proposal().state()).isEqualTo(ProposalState.EXECUTED)));
        assertThat(governance.ledger.writes()).isEqualTo(1);
        assertThat(governance.ledger.findAdjustment(((AutoApproved) outcome).proposal().idempotencyKey())).isPresent();
        assertThat(governance.auditKinds()).containsExactly("DECISION", "LEDGER_CALL");
    }

    @Test
    void in_auto_mode_a_decision_outside_the_thresholds_is_proposed_with_the_rule_it_hit() {
        InMemoryGovernance governance = new InMemoryGovernance(AutomationMode.AUTO);

        ProposalOutcome outcome = governance.proposing.propose(GovernanceFixtures.writeOff("120.00", "0.70"));

        assertThat(outcome).isInstanceOfSatisfying(AwaitingApproval.class,
                awaiting -> assertThat(awaiting.ruleHits()).containsExactly("confidence 0.70 below the minimum 0.90"));
        assertThat(governance.ledger.writes()).isZero();
    }

    @Test
    void changing_a_mode_is_audited_and_refused_to_anyone_but_an_admin() {
        InMemoryGovernance governance = new InMemoryGovernance(AutomationMode.ASSIST);
        WorkflowPolicy auto = GovernanceFixtures.policy(Workflow.DEDUCTIONS, AutomationMode.AUTO);

        AutomationChange refused = governance.changing.change(
                new ChangeAutomationCommand(GovernanceFixtures.MARIA_SLACK, Channel.SLACK, auto));
        AutomationChange changed = governance.changing.change(
                new ChangeAutomationCommand(GovernanceFixtures.ADA_SLACK, Channel.CONSOLE, auto));

        assertThat(refused).isInstanceOf(AutomationChange.AutomationChangeRefused.class);
        assertThat(changed).isInstanceOf(AutomationChange.AutomationChanged.class);
        assertThat(governance.store.policy(Workflow.DEDUCTIONS).mode()).isEqualTo(AutomationMode.AUTO);
        assertThat(governance.auditKinds()).containsExactly("REFUSAL", "MODE_CHANGE");
        assertThat(governance.lastAudit().details()).contains("mode.before=ASSIST", "mode.after=AUTO");
        assertThat(governance.lastAudit().actor()).isEqualTo("ada");
    }
}
