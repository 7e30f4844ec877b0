package org.arbot.core.conversation.answers;

import org.arbot.core.conversation.ConfirmedActions;
import org.arbot.core.conversation.PendingAction;
import org.arbot.core.conversation.Reply;

/**
 * Confirmed actions where no governance is wired (the command line's read-only chat): nothing is written, and the
 * answer says so, so no one believes it happened. Decisions go through governance ({@code GovernedActions}).
 */
public final class LedgerActions implements ConfirmedActions {

    public LedgerActions(org.arbot.core.ledger.Ledger ledger) {
        // The ledger is only read by answers; decisions never write to it from here.
    }

    @Override
    public Reply perform(PendingAction action, String actor) {
        return Reply.text("Not carried out: " + action.question().replaceFirst(" Reply yes.*", "")
                + " Decisions go through approval: use the card's buttons in Slack, Teams or the console; nothing changed.");
    }
}
