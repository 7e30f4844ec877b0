package org.arbot.core.governance;

/** A proposal was asked to move to a state its lifecycle does not allow from where it stands. */
public final class IllegalTransitionException extends IllegalStateException {

    IllegalTransitionException(ProposalId id, ProposalState from, ProposalState to) {
        super("proposal " + id + " cannot move from " + from + " to " + to);
    }
}
