package org.arbot.core.credit;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.SalesOrderId;

/**
 * A request to check credit for an order amount, in the customer's currency.
 *
 * @param orderId the order, when there is one to release or hold
 * @param context facts the caller already has; the rest is read from the ledger
 */
public record CheckCredit(CustomerId customerId, BigDecimal orderAmount, Optional<SalesOrderId> orderId, CreditContext context) {

    public CheckCredit {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(orderAmount, "orderAmount");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(context, "context");
        if (orderAmount.signum() < 0) {
            throw new InvalidCreditRequestException("order_amount", "must not be negative, got " + orderAmount.toPlainString());
        }
    }
}
