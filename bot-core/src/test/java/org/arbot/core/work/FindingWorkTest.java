package org.arbot.core.work;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.arbot.cards.Action;
import org.arbot.core.ar.ApprovalState;
import org.arbot.core.conversation.Channel;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.Intent;
import org.arbot.core.conversation.PendingAction;
import org.arbot.core.conversation.Reply;
import org.arbot.core.conversation.Turn;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.AutomationMode;
import org.arbot.core.governance.DecideCommand;
import org.arbot.core.governance.GovernanceFixtures;
import org.arbot.core.governance.ProposalId;
import org.arbot.core.governance.Workflow;
import org.junit.jupiter.api.Test;

class FindingWorkTest {

    private final WorkRig rig = new WorkRig(AutomationMode.ASSIST);

    @Test
    void an_order_awaiting_credit_approval_becomes_a_credit_hold_card_for_the_credit_queue() {
        List<FoundWork> found = rig.finding.find();

        assertThat(found).singleElement().satisfies(work -> {
            assertThat(work.source()).isEqualTo("credit:SO-0042");
            assertThat(work.audience()).isEqualTo(Assignee.queueOf(Workflow.CREDIT));
            assertThat(work.card().fallbackText()).contains("Credit hold: SO-0042 for ACME Corp");
            assertThat(work.card().actions()).extracting(a -> a.id().value())
                    .containsExactly("approve", "decline", "reassign", "why");
            assertThat(work.card().actions()).extracting(Action::payload)
                    .allSatisfy(p -> assertThat(p).containsEntry("proposal", work.proposal().orElseThrow().value()));
        });
        assertThat(rig.order()).get().extracting(o -> o.approval()).isEqualTo(ApprovalState.PENDING);
    }

    @Test
    void finding_work_twice_proposes_each_order_once() {
        rig.finding.find();

        assertThat(rig.finding.find()).isEmpty();
        assertThat(rig.store.pendingFor(Assignee.queueOf(Workflow.CREDIT))).hasSize(1);
    }

    @Test
    void an_approval_in_chat_goes_through_governance_and_releases_the_order_once() {
        rig.finding.find();
        PendingAction release = new PendingAction(Intent.APPROVE, Map.of(Entity.DOCUMENT, "SO-0042"), "Approve SO-0042?");
        Turn turn = Turn.said("ev-1", "slack:C1", "U0ARMGR01", Channel.SLACK, "approve it");

        Reply reply = rig.actions.perform(release, turn);
        Reply again = rig.actions.perform(release, turn);

        assertThat(reply.text()).contains("Released by Maria Manager", "order SO-0042 released");
        assertThat(again.text()).contains("Already executed by Maria Manager");
        assertThat(rig.order()).get().extracting(o -> o.approval()).isEqualTo(ApprovalState.APPROVED);
        assertThat(rig.ledger.writes()).isEqualTo(1);
    }

    @Test
    void a_person_without_the_permission_is_refused_in_chat_and_nothing_is_written() {
        rig.finding.find();
        PendingAction release = new PendingAction(Intent.APPROVE, Map.of(Entity.DOCUMENT, "SO-0042"), "Approve SO-0042?");

        Reply reply = rig.actions.perform(release, Turn.said("ev-2", "slack:C1", "U0COLLECT1", Channel.SLACK, "yes"));

        assertThat(reply.text()).startsWith("Not allowed: Carla Collector [COLLECTOR] may not decide credit proposals");
        assertThat(reply.card()).isEmpty();
        assertThat(rig.ledger.writes()).isZero();
    }

    @Test
    void a_declined_card_becomes_the_outcome_card_without_buttons() {
        ProposalId id = rig.finding.find().get(0).proposal().orElseThrow();

        CardUpdate update = rig.cards.after(rig.deciding.decide(
                DecideCommand.decline(id, GovernanceFixtures.MARIA_SLACK, "not now", "ev-3")));

        assertThat(update).isInstanceOfSatisfying(CardUpdate.Replaced.class, r -> {
            assertThat(r.card().fallbackText()).contains("Declined by Maria Manager", "nothing written");
            assertThat(r.card().actions()).isEmpty();
        });
    }
}
