package org.arbot.core.credit;

/** What the credit check says about an order, from the most to the least permissive. */
public enum CreditAction {
    /** The order may be released. */
    APPROVE,
    /** A credit manager decides; the order stays held meanwhile. */
    REVIEW,
    /** The order stays held and its owner is told why. */
    DECLINE;

    CreditAction worse(CreditAction other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
