package org.arbot.app.agents;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.credit.CheckCredit;
import org.arbot.core.credit.CreditContext;
import org.arbot.core.credit.InvalidCreditRequestException;

/** The body of {@code POST /api/v1/agents/credit_check}; amounts bind to {@link BigDecimal}, never to a double. */
record CreditCheckRequest(
        @JsonProperty("customer_id") String customerId,
        @JsonProperty("order_amount") BigDecimal orderAmount,
        @JsonProperty("order_id") String orderId,
        @JsonProperty("context") Context context) {

    record Context(
            @JsonProperty("current_ar_balance") BigDecimal currentArBalance,
            @JsonProperty("days_sales_outstanding") BigDecimal daysSalesOutstanding,
            @JsonProperty("last_payment_date") LocalDate lastPaymentDate,
            @JsonProperty("external_credit_score") BigDecimal externalCreditScore) {
    }

    /** @throws InvalidCreditRequestException naming the first field that is missing or out of range */
    CheckCredit command() {
        if (customerId == null || customerId.isBlank()) {
            throw new InvalidCreditRequestException("customer_id", "is required");
        }
        if (orderAmount == null) {
            throw new InvalidCreditRequestException("order_amount", "is required");
        }
        if (orderAmount.signum() < 0) {
            throw new InvalidCreditRequestException("order_amount", "must not be negative, got " + orderAmount.toPlainString());
        }
        Optional<SalesOrderId> order = Optional.ofNullable(orderId).filter(id -> !id.isBlank()).map(SalesOrderId::of);
        return new CheckCredit(CustomerId.of(customerId.trim()), orderAmount, order, context == null ? CreditContext.none() : contextFacts());
    }

    private CreditContext contextFacts() {
        if (context.currentArBalance() != null && context.currentArBalance().signum() < 0) {
            throw new InvalidCreditRequestException("context.current_ar_balance", "must not be negative, got "
                    + context.currentArBalance().toPlainString());
        }
        return new CreditContext(Optional.ofNullable(context.currentArBalance()),
                whole("context.days_sales_outstanding", context.daysSalesOutstanding(), 0, 3650),
                Optional.ofNullable(context.lastPaymentDate()),
                whole("context.external_credit_score", context.externalCreditScore(), 300, 900));
    }

    private static Optional<Integer> whole(String field, BigDecimal value, int min, int max) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0
                || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidCreditRequestException(field, "must be a whole number from " + min + " to " + max
                    + ", got " + value.toPlainString());
        }
        return Optional.of(value.intValueExact());
    }
}
