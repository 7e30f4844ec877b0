package org.arbot.app.notifications;

import java.util.Objects;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.Proposal;

/** A proposal expired with {@code from} and now waits on its new assignee: the chat adapters show its card to them. */
public record ProposalEscalated(Proposal proposal, Assignee from) {

    public ProposalEscalated {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(from, "from");
    }
}
