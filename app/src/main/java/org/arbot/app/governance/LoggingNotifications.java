package org.arbot.app.governance;

import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.Notifications;
import org.arbot.core.governance.Proposal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Notifications written to the log: the default until a chat adapter provides its own {@link Notifications} bean. */
final class LoggingNotifications implements Notifications {

    private static final Logger log = LoggerFactory.getLogger(LoggingNotifications.class);

    @Override
    public void assigned(Proposal proposal) {
        log.info("proposal {} ({} {}) waits on {}", proposal.id(), proposal.action().operation(), proposal.amount(),
                proposal.assignee());
    }

    @Override
    public void escalated(Proposal proposal, Assignee from) {
        log.info("proposal {} expired with {} and was escalated to {}", proposal.id(), from, proposal.assignee());
    }
}
