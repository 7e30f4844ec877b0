package org.arbot.core.credit;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.money.Money;

/**
 * Everything the credit check looks at, as of one day.
 *
 * @param orderId the order being checked; empty for a what-if check of an amount
 * @param creditLimit the customer's limit; zero means none is set
 * @param balance what the customer owes now, before this order
 * @param over90 the part of the balance more than 90 days past due
 * @param paymentTrend days-to-pay recently against before, when there is enough history for both windows
 * @param netDays the customer's payment terms, to read DSO against
 */
public record CreditFacts(
        CustomerId customerId,
        Optional<SalesOrderId> orderId,
        Money orderAmount,
        Money creditLimit,
        Money balance,
        Money over90,
        Optional<Integer> externalScore,
        Optional<PaymentTrend> paymentTrend,
        Optional<Integer> daysSalesOutstanding,
        Optional<LocalDate> lastPaymentDate,
        int netDays,
        LocalDate asOf) {

    public CreditFacts {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(orderAmount, "orderAmount");
        Objects.requireNonNull(creditLimit, "creditLimit");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(over90, "over90");
        Objects.requireNonNull(externalScore, "externalScore");
        Objects.requireNonNull(paymentTrend, "paymentTrend");
        Objects.requireNonNull(daysSalesOutstanding, "daysSalesOutstanding");
        Objects.requireNonNull(lastPaymentDate, "lastPaymentDate");
        Objects.requireNonNull(asOf, "asOf");
        if (orderAmount.isNegative()) {
            throw new IllegalArgumentException("order amount must not be negative, got " + orderAmount);
        }
        for (Money amount : java.util.List.of(creditLimit, balance, over90)) {
            if (!amount.currency().equals(orderAmount.currency())) {
                throw new IllegalArgumentException("credit facts mix currencies: order " + orderAmount + ", " + amount);
            }
        }
    }

    /** The balance once this order is invoiced. */
    public Money newExposure() {
        return balance.plus(orderAmount);
    }
}
