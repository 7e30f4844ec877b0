package org.arbot.core.conversation;

/**
 * Carries out an action the user confirmed; called only after the conversation state recorded the confirmation, so
 * an action is never run on a confirmation that could not be verified.
 */
public interface ConfirmedActions {

    Reply perform(PendingAction action, String actor);
}
