package org.arbot.core.conversation.answers;

import org.arbot.core.ar.SalesOrder;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.conversation.ConfirmedActions;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.PendingAction;
import org.arbot.core.conversation.Reply;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.LedgerException;

/**
 * Confirmed actions the ledger can carry out itself: releasing or keeping a credit hold on a sales order. Other
 * confirmed actions are reported back as not carried out, so no one believes they happened.
 */
public final class LedgerActions implements ConfirmedActions {

    private final Ledger ledger;

    public LedgerActions(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Reply perform(PendingAction action, String actor) {
        String document = action.entities().getOrDefault(Entity.DOCUMENT, "");
        try {
            if (document.startsWith("SO-") && action.intent() == org.arbot.core.conversation.Intent.APPROVE) {
                SalesOrder order = ledger.releaseOrder(SalesOrderId.of(document), "approved in chat by " + actor);
                return Reply.text("Done: " + document + " (" + MoneyText.of(order.amount()) + ") is released from credit hold.");
            }
            if (document.startsWith("SO-") && action.intent() == org.arbot.core.conversation.Intent.DECLINE) {
                SalesOrder order = ledger.declineOrder(SalesOrderId.of(document), "declined in chat by " + actor);
                return Reply.text("Done: " + document + " (" + MoneyText.of(order.amount()) + ") stays on credit hold.");
            }
        } catch (LedgerException e) {
            return Reply.text("The ledger refused: " + e.getMessage() + ". Nothing changed.");
        }
        return Reply.text("Not carried out: " + action.question().replaceFirst(" Reply yes.*", "")
                + " Only credit holds on sales orders can be decided from chat so far; nothing changed.");
    }
}
