package org.arbot.core.cashapp;

/** What cash application does with a payment. */
public enum MatchDecision {
    /** Confident and safe to post without a person. */
    AUTO_APPLY,
    /** A proposal, best first with alternatives, for a person to confirm or change. */
    REVIEW,
    /** No customer or invoices found: the payment goes to suspense. */
    UNMATCHED
}
