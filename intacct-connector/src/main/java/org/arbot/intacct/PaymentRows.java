package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.Payment;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ar.PaymentId;
import org.arbot.core.money.Money;

/**
 * Maps {@code accounts-receivable/payment} rows and their {@code payment-detail} rows to {@link Payment}s: the
 * reference is {@code referenceNumber} (our idempotency key), the remittance is {@code description}, and what is not
 * applied to an invoice is unapplied.
 */
final class PaymentRows {

    static final String OBJECT = "accounts-receivable/payment";
    static final String DETAIL_OBJECT = "accounts-receivable/payment-detail";
    static final List<String> FIELDS = List.of("key", "customer.id", "paymentSummary.receiptDate", "txnCurrency.currency",
            "txnCurrency.totalAmount", "referenceNumber", "description");
    static final List<String> DETAIL_FIELDS = List.of("key", "arPayment.key", "arInvoice.key", "arAdjustment.key",
            "txnCurrency.paymentAmount", "txnCurrency.adjustmentAmount", "paymentDate");

    private PaymentRows() {
    }

    /** Cash applications per payment key; credit-memo applications are adjustments, not cash, and are left out. */
    static Map<String, List<JsonNode>> detailsByPayment(List<JsonNode> details) {
        Map<String, List<JsonNode>> byPayment = new LinkedHashMap<>();
        for (JsonNode detail : details) {
            byPayment.computeIfAbsent(RowValues.text(detail, "arPayment.key"), k -> new ArrayList<>()).add(detail);
        }
        return byPayment;
    }

    static Payment payment(JsonNode row, List<JsonNode> details, String baseCurrency) {
        String currency = RowValues.optional(row, "txnCurrency.currency").orElse(baseCurrency);
        Money amount = RowValues.money(row, "txnCurrency.totalAmount", currency);
        List<PaymentApplication> applications = new ArrayList<>();
        for (JsonNode detail : details) {
            Money paid = RowValues.money(detail, "txnCurrency.paymentAmount", currency);
            if (paid.isPositive()) {
                applications.add(new PaymentApplication(InvoiceId.of(RowValues.text(detail, "arInvoice.key")), paid));
            }
        }
        Money applied = applications.stream().map(PaymentApplication::amount).reduce(Money.zero(currency), Money::plus);
        return new Payment(
                PaymentId.of(RowValues.text(row, "key")),
                CustomerId.of(RowValues.text(row, "customer.id")),
                RowValues.date(row, "paymentSummary.receiptDate"),
                amount,
                RowValues.optional(row, "referenceNumber").orElse(""),
                RowValues.optional(row, "description").orElse(""),
                applications,
                amount.minus(applied));
    }
}
