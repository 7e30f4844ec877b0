package org.arbot.core.ar;

/** What an AR adjustment does to the customer's balance. */
public enum AdjustmentKind {
    /** Writes off an amount the customer will not pay (an accepted deduction, a bank fee). */
    WRITE_OFF,
    /** Credits the customer (a credit memo for a return, a pricing error). */
    CREDIT
}
