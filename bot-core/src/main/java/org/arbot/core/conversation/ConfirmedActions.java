package org.arbot.core.conversation;

/**
 * Carries out an action the user confirmed; called only after the conversation state recorded the confirmation, so
 * an action is never run on a confirmation that could not be verified.
 */
public interface ConfirmedActions {

    Reply perform(PendingAction action, String actor);

    /** The same, knowing the channel the actor spoke on, so the actor can be told apart across channels. */
    default Reply perform(PendingAction action, Turn turn) {
        return perform(action, turn.actor());
    }
}
