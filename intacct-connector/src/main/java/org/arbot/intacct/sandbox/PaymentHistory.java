package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;

/** Records a past customer payment against one invoice, the way a posted payment would have left it. */
final class PaymentHistory {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PaymentHistory() {
    }

    static void settle(DemoCompany company, ObjectNode invoice, BigDecimal amount, LocalDate on, Random random) {
        boolean check = random.nextInt(3) == 0;
        ObjectNode payment = NODES.objectNode();
        payment.put("recordType", "rp").put("state", "complete");
        payment.put("paymentMethod", check ? "printedCheck" : "eft");
        payment.set("customer", invoice.path("customer").deepCopy());
        payment.put("documentNumber", check ? String.valueOf(10000 + random.nextInt(90000)) : "");
        payment.put("referenceNumber", (check ? "CHK-" : "ACH-") + (100000 + random.nextInt(900000)));
        payment.put("description", "Payment for " + invoice.path("invoiceNumber").asText());
        payment.putObject("financialEntity").put("entityId", "BOA-OPERATING");
        payment.putObject("paymentSummary").put("receiptDate", on.toString());
        payment.put("paidDate", on.toString());
        String text = Decimals.text(amount);
        payment.putObject("txnCurrency").put("currency", "USD").put("totalAmount", text).put("totalPaid", text)
                .put("totalDue", "0.00");
        payment.put("overPaymentAmount", "0.00");
        payment.put("bankReconciliationStatus", "cleared");
        ObjectNode stored = company.insert(SandboxObject.PAYMENT, payment);
        ObjectNode detail = NODES.objectNode();
        detail.set("arPayment", References.ref(SandboxObject.PAYMENT, stored));
        detail.put("paymentDate", on.toString());
        detail.set("arInvoice", References.ref(SandboxObject.INVOICE, invoice));
        detail.putObject("txnCurrency").put("currency", "USD").put("paymentAmount", text).put("adjustmentAmount", "0.00");
        stored.putArray("paymentDetails").add(company.insert(SandboxObject.PAYMENT_DETAIL, detail).deepCopy());
        InvoiceBalances.apply(invoice, amount, on);
    }
}
