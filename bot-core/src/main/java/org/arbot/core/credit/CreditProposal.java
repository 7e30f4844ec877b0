package org.arbot.core.credit;

import org.arbot.core.ar.SalesOrderId;

/** What the credit check proposes to do with the order; the governance layer decides whether and by whom it is done. */
public sealed interface CreditProposal {

    SalesOrderId orderId();

    /** Release the order from its credit hold, when the credit workflow's automation mode allows it. */
    record ReleaseOrder(SalesOrderId orderId) implements CreditProposal {
    }

    /** Keep the order held and ask the credit managers to decide, on a credit-hold card. */
    record AskCreditManagers(SalesOrderId orderId) implements CreditProposal {
    }

    /** Keep the order held and tell its owner why. */
    record KeepHeld(SalesOrderId orderId) implements CreditProposal {
    }

    static CreditProposal of(CreditAction action, SalesOrderId orderId) {
        return switch (action) {
            case APPROVE -> new ReleaseOrder(orderId);
            case REVIEW -> new AskCreditManagers(orderId);
            case DECLINE -> new KeepHeld(orderId);
        };
    }
}
