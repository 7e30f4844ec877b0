package org.arbot.app.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.arbot.core.governance.AutomationChange;
import org.arbot.core.governance.AutomationMode;
import org.arbot.core.governance.ChangeAutomationCommand;
import org.arbot.core.governance.Channel;
import org.arbot.core.governance.GovernanceFixtures;
import org.arbot.core.governance.ProposalOutcome;
import org.arbot.core.governance.ProposalState;
import org.arbot.core.governance.Thresholds;
import org.arbot.core.governance.Workflow;
import org.arbot.core.governance.WorkflowPolicy;
import org.arbot.core.ledger.InMemoryLedger;
import org.junit.jupiter.api.Test;

/** The same write-off decided under MONITOR, ASSIST and AUTO, the mode switched at run time by an admin. */
class ModesIT {

    @Test
    void the_same_decision_informs_in_monitor_is_proposed_in_assist_and_executed_in_auto() {
        try (FreshPostgres database = FreshPostgres.migrated()) {
            InMemoryLedger ledger = GovernanceFixtures.ledger();
            JdbcGovernance governance = GovernanceRig.replica(database.dataSource, ledger, GovernanceRig.clock(),
                    AutomationMode.MONITOR);

            ProposalOutcome monitored = governance.proposing.propose(GovernanceFixtures.writeOff("120.00"));
            switchTo(governance, AutomationMode.ASSIST);
            ProposalOutcome assisted = governance.proposing.propose(GovernanceFixtures.writeOff("120.00"));
            switchTo(governance, AutomationMode.AUTO);
            ProposalOutcome automated = governance.proposing.propose(GovernanceFixtures.writeOff("120.00"));

            assertThat(monitored).isInstanceOf(ProposalOutcome.Informed.class);
            assertThat(assisted).isInstanceOfSatisfying(ProposalOutcome.AwaitingApproval.class,
                    awaiting -> assertThat(awaiting.proposal().state()).isEqualTo(ProposalState.AWAITING_APPROVAL));
            assertThat(automated).isInstanceOfSatisfying(ProposalOutcome.AutoApproved.class, auto -> assertThat(
                    governance.proposals.byId(auto.proposal().id()).orElseThrow().state()).isEqualTo(ProposalState.EXECUTED));
            assertThat(ledger.writes()).isEqualTo(1);
            assertThat(governance.jdbc.queryForList("SELECT kind FROM gov_audit ORDER BY sequence", String.class))
                    .containsExactly("DECISION", "MODE_CHANGE", "DECISION", "MODE_CHANGE", "DECISION", "LEDGER_CALL");
        }
    }

    private static void switchTo(JdbcGovernance governance, AutomationMode mode) {
        WorkflowPolicy policy = new WorkflowPolicy(Workflow.DEDUCTIONS, mode, new Thresholds(GovernanceFixtures.usd("1000.00"),
                new BigDecimal("0.90"), new BigDecimal("0.30")));
        AutomationChange change = governance.changing.change(
                new ChangeAutomationCommand(GovernanceFixtures.ADA_SLACK, Channel.CONSOLE, policy));
        assertThat(change).isInstanceOf(AutomationChange.AutomationChanged.class);
        assertThat(governance.policies.policy(Workflow.DEDUCTIONS)).isEqualTo(policy);
    }
}
