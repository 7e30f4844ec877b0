package org.arbot.app.notifications;

import java.util.Objects;
import org.arbot.core.governance.Proposal;

/** A proposal now waits on a new assignee after a reassignment: the chat adapters show its card to them. */
public record ProposalAssigned(Proposal proposal) {

    public ProposalAssigned {
        Objects.requireNonNull(proposal, "proposal");
    }
}
