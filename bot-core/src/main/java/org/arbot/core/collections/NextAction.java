package org.arbot.core.collections;

/** The next best thing a collector can do about an account, from the lightest touch to the strongest. */
public enum NextAction {
    /** Send the drafted reminder. */
    REMINDER,
    /** Call the customer's payables contact. */
    CALL,
    /** Hand the account to the AR manager. */
    ESCALATE,
    /** Stop releasing new orders until the overdue amount is settled. */
    HOLD_ORDERS;

    static NextAction of(AccountFacts facts, RiskScore risk) {
        boolean overLimit = facts.customer().creditLimit().isPositive()
                && facts.aging().total().isGreaterThan(facts.customer().creditLimit());
        if (facts.aging().over90().isPositive() && (overLimit || facts.brokenPromises() > 0 || risk.score() >= 70)) {
            return HOLD_ORDERS;
        }
        if (facts.brokenPromises() > 0 || facts.oldestDaysPastDue() > 60) {
            return ESCALATE;
        }
        if (facts.oldestDaysPastDue() > 30 || risk.score() >= 50) {
            return CALL;
        }
        return REMINDER;
    }
}
