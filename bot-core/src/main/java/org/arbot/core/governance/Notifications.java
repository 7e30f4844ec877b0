package org.arbot.core.governance;

/** Tells people about proposals they now have to decide; the chat adapters post the cards. Called after commit. */
public interface Notifications {

    /** The proposal waits on its assignee: newly proposed or reassigned. */
    void assigned(Proposal proposal);

    /** The proposal expired and now waits on its assignee, the previous assignee's manager or the managers' queue. */
    void escalated(Proposal proposal, Assignee from);

    /** Sends nothing: for the command line and tests. */
    Notifications NONE = new Notifications() {
        @Override
        public void assigned(Proposal proposal) {
        }

        @Override
        public void escalated(Proposal proposal, Assignee from) {
        }
    };
}
