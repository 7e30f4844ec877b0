package org.arbot.core.governance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PermissionsTest {

    private final InMemoryPeople people = GovernanceFixtures.people();

    private static Proposal writeOff(String amount) {
        ProposeCommand command = GovernanceFixtures.writeOff(amount);
        Instant now = Instant.parse("2026-11-27T09:00:00Z");
        return Proposal.propose(ProposalId.of("p-7"), command.workflow(), command.action(), command.amount(),
                command.confidence(), command.risk(), command.reasons(), "deductions-agent", Assignee.queueOf(command.workflow()),
                now, now).awaitingApproval();
    }

    private Person person(String id) {
        return people.byId(PersonId.of(id)).orElseThrow();
    }

    @Test
    void a_collector_may_write_off_a_deduction_up_to_their_limit() {
        assertThat(Permissions.refusal(person("carla"), writeOff("500.00"), Decision.APPROVE)).isEmpty();
    }

    @Test
    void a_collector_is_refused_a_write_off_above_their_limit_with_the_numbers() {
        assertThat(Permissions.refusal(person("carla"), writeOff("500.01"), Decision.APPROVE))
                .contains("amount USD 500.01 exceeds Carla Collector's deductions approval limit of USD 500.00");
    }

    @Test
    void declining_needs_the_role_but_no_limit() {
        assertThat(Permissions.refusal(person("carla"), writeOff("9000.00"), Decision.DECLINE)).isEmpty();
    }

    @Test
    void a_viewer_may_not_decide_anything() {
        assertThat(Permissions.refusal(person("victor"), writeOff("1.00"), Decision.DECLINE))
                .contains("Victor Viewer [VIEWER] may not decide deductions proposals");
    }

    @Test
    void only_an_admin_changes_automation() {
        assertThat(Permissions.automationRefusal(person("ada"))).isEmpty();
        assertThat(Permissions.automationRefusal(person("maria"))).isPresent();
    }
}
