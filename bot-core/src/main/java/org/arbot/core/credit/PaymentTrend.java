package org.arbot.core.credit;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A customer's average days from invoice to payment, recently and in the window before.
 *
 * @param baselineDays average days-to-pay of invoices paid in the baseline window
 * @param recentDays average days-to-pay of invoices paid in the recent window
 */
public record PaymentTrend(BigDecimal baselineDays, BigDecimal recentDays, int baselineInvoices, int recentInvoices) {

    public PaymentTrend {
        Objects.requireNonNull(baselineDays, "baselineDays");
        Objects.requireNonNull(recentDays, "recentDays");
    }

    /** Days by which paying got slower; negative when it got faster. */
    public BigDecimal worsening() {
        return recentDays.subtract(baselineDays);
    }
}
