package org.arbot.app.console;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.cards.Card;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.catalog.OutcomeCard;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.DecideCommand;
import org.arbot.core.governance.Decision;
import org.arbot.core.governance.DecidingProposal;
import org.arbot.core.governance.DecisionResult;
import org.arbot.core.governance.PersonId;
import org.arbot.core.governance.ProposalId;

/**
 * A press of approve, decline or reassign on a proposal card, decided through governance as the person on the page:
 * the card becomes its outcome in place, or a refusal is posted under it and the card stays.
 */
final class ConsoleDecisions {

    private static final Map<String, Decision> DECISIONS = Map.of(
            "approve", Decision.APPROVE, "decline", Decision.DECLINE, "reassign", Decision.REASSIGN);

    private final DecidingProposal deciding;
    private final ConsoleFeed feed;
    private final LocalFormat format;
    private final Clock clock;

    ConsoleDecisions(DecidingProposal deciding, ConsoleFeed feed, LocalFormat format, Clock clock) {
        this.deciding = deciding;
        this.feed = feed;
        this.format = format;
        this.clock = clock;
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
        if (result instanceof DecisionResult.DecisionRefused refused) {
            return Optional.of(List.of(refusal(turn, "Refused: " + refused.reason())));
        }
        OutcomeCard.Outcome outcome = Outcomes.of(result, turn.person(), clock.instant());
        Optional<ConsolePost> updated = turn.post().flatMap(feed::find).filter(post -> post.card().isPresent())
                .flatMap(post -> feed.update(post.id(), current -> {
                    Card card = OutcomeCard.of(current.card().orElseThrow(), outcome, format);
                    return current.withCard(card, card.fallbackText());
                }));
        return Optional.of(updated.map(List::of).orElseGet(() -> List.of(feed.say(ConsolePost.BOT,
                outcome.decision() + " by " + outcome.decidedBy() + ": " + outcome.intacctResult(), Optional.empty(),
                turn.post()))));
    }

    private ConsolePost refusal(ConsoleTurn turn, String text) {
        return feed.say(ConsolePost.BOT, text, Optional.empty(), turn.post());
    }

    private static Assignee assignee(String value) {
        return value.startsWith("queue:") ? Assignee.queue(value.substring(6)) : Assignee.person(PersonId.of(value));
    }
}
