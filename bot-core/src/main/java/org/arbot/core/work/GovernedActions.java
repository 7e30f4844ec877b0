package org.arbot.core.work;

import java.util.Optional;
import org.arbot.core.conversation.ConfirmedActions;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.Intent;
import org.arbot.core.conversation.PendingAction;
import org.arbot.core.conversation.Reply;
import org.arbot.core.conversation.Turn;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.Channel;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.DecideCommand;
import org.arbot.core.governance.DecidingProposal;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Person;
import org.arbot.core.governance.ProposalId;

/**
 * Carries out what a person confirmed in chat ("approve it", "release SO-0042") by deciding the proposal for that
 * document through governance, as that person: their roles and limits apply and the decision is audited. Nothing is
 * written to the ledger directly.
 */
public final class GovernedActions implements ConfirmedActions {

    private final DecidingProposal deciding;
    private final WorkSources sources;
    private final People people;
    private final ProposalCards cards;

    public GovernedActions(DecidingProposal deciding, WorkSources sources, People people, ProposalCards cards) {
        this.deciding = deciding;
        this.sources = sources;
        this.people = people;
        this.cards = cards;
    }

    @Override
    public Reply perform(PendingAction action, String actor) {
        return perform(action, ChatIdentity.console(actor), actor);
    }

    @Override
    public Reply perform(PendingAction action, Turn turn) {
        return perform(action, new ChatIdentity(channel(turn.channel()), turn.actor()), turn.id().value());
    }

    private Reply perform(PendingAction action, ChatIdentity actor, String turnId) {
        String document = action.entities().getOrDefault(Entity.DOCUMENT, "");
        Optional<ProposalId> proposal = proposal(document);
        if (proposal.isEmpty()) {
            return Reply.text("Not carried out: there is no open proposal for " + (document.isEmpty() ? "that" : document)
                    + ". Nothing changed.");
        }
        DecideCommand command;
        if (action.intent() == Intent.APPROVE) {
            command = DecideCommand.approve(proposal.get(), actor, turnId);
        } else if (action.intent() == Intent.DECLINE) {
            command = DecideCommand.decline(proposal.get(), actor, "declined in chat", turnId);
        } else if (action.intent() == Intent.REASSIGN) {
            Optional<Assignee> to = assignee(action.entities().getOrDefault(Entity.ASSIGNEE, ""), actor.channel());
            if (to.isEmpty()) {
                return Reply.text("Not carried out: I do not know who " + action.entities().get(Entity.ASSIGNEE)
                        + " is in arbot. Nothing changed.");
            }
            command = DecideCommand.reassign(proposal.get(), actor, to.get(), turnId);
        } else {
            return Reply.text("Not carried out: " + action.question() + " cannot be decided from chat yet; nothing changed.");
        }
        CardUpdate update = cards.after(deciding.decide(command));
        if (update instanceof CardUpdate.Replaced replaced) {
            return Reply.card(replaced.card().fallbackText(), replaced.card());
        }
        return Reply.text(((CardUpdate.Refused) update).reason());
    }

    /** The proposal for an order or bank line found as work, else the document read as a proposal id. */
    private Optional<ProposalId> proposal(String document) {
        if (document.isBlank()) {
            return Optional.empty();
        }
        return sources.proposalFor("credit:" + document).or(() -> sources.proposalFor("payment:" + document))
                .or(() -> sources.proposalFor("deduction:" + document))
                .or(() -> Optional.of(ProposalId.of(document)));
    }

    /** A Slack mention ({@code <@U123>}), a chat id, an arbot id or name, or a queue ({@code queue:credit}). */
    private Optional<Assignee> assignee(String text, Channel channel) {
        String id = text.replaceAll("^<@([A-Z0-9]+)(\\|[^>]*)?>$", "$1").replaceFirst("^@", "").trim();
        if (id.startsWith("queue:")) {
            return Optional.of(Assignee.parse(id));
        }
        return people.byIdentity(new ChatIdentity(channel, id)).or(() -> people.all().stream()
                        .filter(p -> p.id().value().equalsIgnoreCase(id) || p.name().equalsIgnoreCase(id)).findFirst())
                .map(Person::id).map(Assignee::person);
    }

    private static Channel channel(org.arbot.core.conversation.Channel channel) {
        return switch (channel) {
            case SLACK -> Channel.SLACK;
            case TEAMS -> Channel.TEAMS;
            case CONSOLE -> Channel.CONSOLE;
            case COMMAND_LINE -> Channel.CLI;
        };
    }
}
