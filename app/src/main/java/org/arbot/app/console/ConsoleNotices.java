package org.arbot.app.console;

import java.util.Optional;
import org.arbot.app.notifications.ProposalAssigned;
import org.arbot.app.notifications.ProposalEscalated;
import org.arbot.cards.Card;
import org.arbot.core.governance.Proposal;
import org.arbot.core.work.ProposalCards;
import org.springframework.transaction.event.TransactionalEventListener;

/** Posts a reassigned or escalated proposal's card into the room, naming its new assignee, after the decision commits. */
final class ConsoleNotices {

    private final ConsoleFeed feed;
    private final ProposalCards cards;

    ConsoleNotices(ConsoleFeed feed, ProposalCards cards) {
        this.feed = feed;
        this.cards = cards;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void assigned(ProposalAssigned event) {
        post(event.proposal(), "Now waiting on " + event.proposal().assignee());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void escalated(ProposalEscalated event) {
        post(event.proposal(), "Expired with " + event.from() + "; escalated to " + event.proposal().assignee());
    }

    private void post(Proposal proposal, String headline) {
        Card card = cards.card(proposal);
        feed.say(ConsolePost.BOT, headline + ": " + card.fallbackText(), Optional.of(card), Optional.empty());
    }
}
