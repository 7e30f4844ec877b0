package org.arbot.app.console;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.cards.Card;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.DecideCommand;
import org.arbot.core.governance.Decision;
import org.arbot.core.governance.DecidingProposal;
import org.arbot.core.governance.DecisionResult;
import org.arbot.core.governance.PersonId;
import org.arbot.core.governance.ProposalId;
import org.arbot.core.work.CardUpdate;
import org.arbot.core.work.ProposalCards;

/**
 * A press of approve, decline or reassign on a proposal card, decided through governance as the person on the page:
 * the card becomes its outcome card ({@link ProposalCards}) in place, or the refusal is posted under it and the card stays.
 */
final class ConsoleDecisions {

    private static final Map<String, Decision> DECISIONS = Map.of(
            "approve", Decision.APPROVE, "decline", Decision.DECLINE, "reassign", Decision.REASSIGN);

    private final DecidingProposal deciding;
    private final ConsoleFeed feed;
    private final ProposalCards cards;

    ConsoleDecisions(DecidingProposal deciding, ConsoleFeed feed, ProposalCards cards) {
        this.deciding = deciding;
        this.feed = feed;
        this.cards = cards;
    }

    /** The posts made or updated, or empty when the press is not a decision on a proposal (the engine answers it). */
    Optional<List<ConsolePost>> decide(ConsoleTurn turn) {
        Decision decision = DECISIONS.get(turn.action().orElse(""));
        String proposal = turn.data().getOrDefault("proposal", "");
        if (decision == null || proposal.isBlank()) {
            return Optional.empty();
        }
        Optional<Assignee> to = Optional.ofNullable(turn.data().get("assignee")).filter(a -> !a.isBlank())
                .map(ConsoleDecisions::assignee);
        if (decision == Decision.REASSIGN && to.isEmpty()) {
            return Optional.empty();
        }
        DecisionResult result = deciding.decide(new DecideCommand(ProposalId.of(proposal), ChatIdentity.console(turn.person()),
                org.arbot.core.governance.Channel.CONSOLE, decision, decision == Decision.REASSIGN ? to : Optional.empty(),
                turn.data().getOrDefault("note", ""), "console:" + turn.id()));
        CardUpdate update = cards.after(result);
        if (update instanceof CardUpdate.Refused refused) {
            return Optional.of(List.of(refusal(turn, refused.reason())));
        }
        Card outcome = ((CardUpdate.Replaced) update).card();
        Optional<ConsolePost> updated = turn.post().flatMap(feed::find).filter(post -> post.card().isPresent())
                .flatMap(post -> feed.update(post.id(), current -> current.withCard(outcome, outcome.fallbackText())));
        return Optional.of(updated.map(List::of).orElseGet(() -> List.of(feed.say(ConsolePost.BOT, outcome.fallbackText(),
                Optional.of(outcome), turn.post()))));
    }

    private ConsolePost refusal(ConsoleTurn turn, String text) {
        return feed.say(ConsolePost.BOT, text, Optional.empty(), turn.post());
    }

    private static Assignee assignee(String value) {
        return value.startsWith("queue:") ? Assignee.queue(value.substring(6)) : Assignee.person(PersonId.of(value));
    }
}
