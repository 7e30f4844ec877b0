package org.arbot.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.Channel;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.DecideCommand;
import org.arbot.core.governance.DecidingProposal;
import org.arbot.core.governance.Decision;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Person;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalId;
import org.arbot.core.governance.Proposals;
import org.arbot.core.work.ProposalCards;

/**
 * "Reassign" on a proposal card: opens a modal with a {@code users_select}; on submit the proposal is reassigned
 * through governance as the person who submitted, and the card is replaced in place by the outcome. Someone who is
 * not an arbot user cannot be chosen: the form says so and stays open.
 */
final class ReassignModal {

    static final String CALLBACK = "reassign";

    private final Proposals proposals;
    private final DecidingProposal deciding;
    private final ProposalCards cards;
    private final People people;
    private final SlackMessages messages;
    private final ModalOutcomes outcomes;
    private final Submissions submissions;

    ReassignModal(Proposals proposals, DecidingProposal deciding, ProposalCards cards, People people,
            SlackMessages messages, Submissions submissions) {
        this.proposals = proposals;
        this.deciding = deciding;
        this.cards = cards;
        this.people = people;
        this.messages = messages;
        this.outcomes = new ModalOutcomes(messages);
        this.submissions = submissions;
    }

    /** Opens the modal for the click, or tells the person why not. */
    void open(OpeningClick click) {
        Optional<Proposal> proposal = click.named("proposal").map(ProposalId::of).flatMap(proposals::byId);
        if (proposal.isEmpty()) {
            outcomes.tell(click.origin(""), click.user(), "That card names no open proposal, so there is nothing to reassign.");
            return;
        }
        messages.openView(click.triggerId(), view(proposal.get(), click.origin(proposal.get().id().value())));
    }

    ObjectNode view(Proposal p, ModalOrigin origin) {
        ArrayNode blocks = ModalViews.paragraph(messages, "Reassign " + p.workflow().label() + " proposal: "
                + p.action().operation() + " " + p.amount() + ", now with " + p.assignee() + ".");
        blocks.add(ModalViews.input("assignee", "Reassign to", ModalViews.element("users_select", "user")
                .set("placeholder", ModalViews.plain("Choose a person", 150)), false));
        blocks.add(ModalViews.input("note", "Note for them", ModalViews.textInput("text", true, ""), true));
        return ModalViews.modal(CALLBACK, "Reassign", "Reassign", origin, blocks);
    }

    Response submitted(ViewSubmissionRequest request, ViewSubmissionContext context) {
        ViewSubmissionPayload payload = request.getPayload();
        SubmittedValues values = new SubmittedValues(payload.getView());
        Optional<String> chosen = values.user("assignee");
        Optional<Person> to = chosen.flatMap(u -> people.byIdentity(ChatIdentity.slack(u)));
        ModalOrigin origin = ModalOrigin.of(payload.getView().getPrivateMetadata());
        if (origin.subject().isEmpty()) {
            return context.ackWithErrors(Map.of("assignee", "This form lost its proposal; close it and click the card again."));
        }
        if (to.isEmpty()) {
            return context.ackWithErrors(Map.of("assignee", chosen.map(u -> "That person is not an arbot user; "
                    + "choose someone with an arbot login.").orElse("Choose a person.")));
        }
        submissions.once(payload, origin, (user, turn) -> outcomes.show(origin, user, cards.after(deciding.decide(
                new DecideCommand(ProposalId.of(origin.subject()), ChatIdentity.slack(user), Channel.SLACK,
                        Decision.REASSIGN, Optional.of(Assignee.person(to.get().id())), values.text("note").orElse(""),
                        turn)))));
        return context.ack();
    }
}
