package org.arbot.core.conversation;

/** What a turn asks the bot to do. */
public enum Intent {
    APPROVE,
    DECLINE,
    REASSIGN,
    EXPLAIN_SHORT_PAY,
    /** A customer's payments and the invoices they paid, with a drafted reply for a payment inquiry. */
    PAYMENT_HISTORY,
    EXPLAIN_DECISION,
    CUSTOMER_SUMMARY,
    AGING,
    UNMATCHED_PAYMENTS,
    DEDUCTIONS,
    CREDIT_STATUS,
    MY_QUEUE,
    PRIORITY_LIST,
    FORECAST_CASH,
    FORECAST_DSO,
    SEND_REMINDER,
    PROMISE_TO_PAY,
    HELP,
    UNKNOWN;

    /** Whether the intent changes something in the ledger or workflow, and so needs a confirmed, verifiable state. */
    public boolean acts() {
        return this == APPROVE || this == DECLINE || this == REASSIGN || this == PROMISE_TO_PAY;
    }
}
