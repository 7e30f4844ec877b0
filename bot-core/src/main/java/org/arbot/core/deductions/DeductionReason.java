package org.arbot.core.deductions;

/** Why a customer paid less than the invoice said: the deduction reason taxonomy AR teams work with. */
public enum DeductionReason {
    PRICING,
    DAMAGE,
    SHORTAGE,
    /** Trade promotion, co-op advertising, slotting fees, display allowances. */
    PROMOTION,
    FREIGHT,
    EARLY_PAY_DISCOUNT,
    TAX,
    RETURN,
    BANK_FEE,
    UNKNOWN
}
