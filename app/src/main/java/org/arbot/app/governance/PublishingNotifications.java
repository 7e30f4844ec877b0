package org.arbot.app.governance;

import org.arbot.app.notifications.ProposalAssigned;
import org.arbot.app.notifications.ProposalEscalated;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.Notifications;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalState;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Logs every notification and publishes reassignments and escalations as application events, so the chat adapters
 * show the card to the new assignee without governance depending on them. New proposals are not published: the work
 * loop posts those as found work.
 */
final class PublishingNotifications implements Notifications {

    private final Notifications log = new LoggingNotifications();
    private final ApplicationEventPublisher events;

    PublishingNotifications(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public void assigned(Proposal proposal) {
        log.assigned(proposal);
        if (proposal.state() == ProposalState.REASSIGNED) {
            events.publishEvent(new ProposalAssigned(proposal));
        }
    }

    @Override
    public void escalated(Proposal proposal, Assignee from) {
        log.escalated(proposal, from);
        events.publishEvent(new ProposalEscalated(proposal, from));
    }
}
