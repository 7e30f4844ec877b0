package org.arbot.core.cashapp;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * How cash application decides.
 *
 * @param bankFeeTolerance the largest unexplained shortfall written off as a bank fee, in the payment's currency
 * @param autoApplyAt the confidence from which a safe proposal is posted without a person
 * @param subsetMaxInvoices how many invoices an amount-only payment may settle at most
 * @param subsetBudget how many search steps the exact-subset search may take per customer
 */
public record CashApplicationSettings(BigDecimal bankFeeTolerance, double autoApplyAt, int subsetMaxInvoices, int subsetBudget) {

    public CashApplicationSettings {
        Objects.requireNonNull(bankFeeTolerance, "bankFeeTolerance");
        if (bankFeeTolerance.signum() < 0) {
            throw new IllegalArgumentException("bank fee tolerance must not be negative: " + bankFeeTolerance);
        }
        if (autoApplyAt <= 0 || autoApplyAt > 1) {
            throw new IllegalArgumentException("autoApplyAt must be within (0, 1], got " + autoApplyAt);
        }
        if (subsetMaxInvoices < 2 || subsetBudget < 1) {
            throw new IllegalArgumentException("subset search needs at least 2 invoices and 1 step");
        }
    }

    /** 25.00 bank-fee tolerance, auto-apply from 0.90, subsets of up to 5 invoices within 10,000 steps. */
    public static CashApplicationSettings defaults() {
        return new CashApplicationSettings(new BigDecimal("25.00"), 0.90, 5, 10_000);
    }

    public CashApplicationSettings withBankFeeTolerance(BigDecimal tolerance) {
        return new CashApplicationSettings(tolerance, autoApplyAt, subsetMaxInvoices, subsetBudget);
    }
}
