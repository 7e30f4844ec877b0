package org.arbot.app.slack;

import java.util.Optional;
import org.arbot.app.notifications.ProposalAssigned;
import org.arbot.app.notifications.ProposalEscalated;
import org.arbot.core.governance.Proposal;
import org.arbot.core.work.FoundWork;
import org.arbot.core.work.ProposalCards;
import org.arbot.slack.SlackWorkPoster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Posts a reassigned or escalated proposal's card to its new assignee: a person's direct messages or the queue's channel.
 * Runs after the decision is committed; a failed post is logged and never undoes the decision.
 */
final class SlackNotices {

    private static final Logger log = LoggerFactory.getLogger(SlackNotices.class);

    private final SlackWorkPoster poster;
    private final ProposalCards cards;

    SlackNotices(SlackWorkPoster poster, ProposalCards cards) {
        this.poster = poster;
        this.cards = cards;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void assigned(ProposalAssigned event) {
        post(event.proposal());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void escalated(ProposalEscalated event) {
        post(event.proposal());
    }

    private void post(Proposal proposal) {
        try {
            if (poster.post(new FoundWork("proposal:" + proposal.id(), proposal.assignee(), cards.card(proposal),
                    Optional.of(proposal.id()))).isEmpty()) {
                log.info("no Slack destination for {}; proposal {} not posted", proposal.assignee(), proposal.id());
            }
        } catch (RuntimeException e) {
            log.warn("posting proposal {} to {} in Slack failed", proposal.id(), proposal.assignee(), e);
        }
    }
}
