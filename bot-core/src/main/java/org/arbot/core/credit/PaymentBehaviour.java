package org.arbot.core.credit;

import java.math.BigDecimal;
import java.util.Objects;
import org.arbot.core.ar.Customer;
import org.arbot.core.money.Money;

/**
 * An existing customer's last twelve months, as the periodic credit review reads them.
 *
 * @param monthlySales average invoiced per month
 * @param peakExposure the highest month-end balance
 * @param usualDaysLate average days past due at payment
 * @param worsening days by which paying got slower over the last 3 months
 * @param over90 what is now more than 90 days past due
 */
public record PaymentBehaviour(
        Customer customer,
        Money monthlySales,
        Money peakExposure,
        BigDecimal usualDaysLate,
        BigDecimal worsening,
        Money over90) {

    public PaymentBehaviour {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(monthlySales, "monthlySales");
        Objects.requireNonNull(peakExposure, "peakExposure");
        Objects.requireNonNull(usualDaysLate, "usualDaysLate");
        Objects.requireNonNull(worsening, "worsening");
        Objects.requireNonNull(over90, "over90");
    }
}
