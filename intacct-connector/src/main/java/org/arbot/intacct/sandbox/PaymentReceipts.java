package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code POST /objects/accounts-receivable/payment}: validates the whole payment first, then applies each
 * {@code paymentDetails[]} line to its invoice (cash, or a credit memo via {@code arAdjustment}), so a refused payment
 * changes nothing. A {@code documentNumber} of the form {@code bank-transaction:<key>} matches that bank line.
 */
final class PaymentReceipts {

    static final String BANK_TRANSACTION_PREFIX = "bank-transaction:";

    private PaymentReceipts() {
    }

    private record Line(ObjectNode invoice, ObjectNode adjustment, BigDecimal cash, BigDecimal credit) {
    }

    static ObjectNode post(DemoCompany company, JsonNode body) {
        ObjectNode customer = References.resolve(company, SandboxObject.CUSTOMER, body.path("customer"), "/customer");
        if (JsonPaths.text(body, "financialEntity.entityId") == null && JsonPaths.text(body, "undepositedGLAccount.id") == null) {
            throw SandboxError.invalid("financialEntity or undepositedGLAccount is required", "/financialEntity");
        }
        LocalDate receiptDate = date(References.required(body, "paymentSummary.receiptDate"), "/paymentSummary/receiptDate");
        String currency = References.required(body, "txnCurrency.currency");
        List<Line> lines = lines(company, customer, body.path("paymentDetails"));
        BigDecimal cash = lines.stream().map(Line::cash).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal over = Decimals.read(body.path("overPaymentAmount"), "/overPaymentAmount");
        BigDecimal total = cash.add(over);
        if (body.path("txnCurrency").has("totalAmount")
                && Decimals.read(body.path("txnCurrency").path("totalAmount"), "/txnCurrency/totalAmount").compareTo(total) != 0) {
            throw SandboxError.invalid("txnCurrency.totalAmount " + body.path("txnCurrency").path("totalAmount").asText()
                    + " is not the payment amounts plus overPaymentAmount (" + Decimals.text(total) + ")", "/txnCurrency/totalAmount");
        }
        ObjectNode bankLine = bankLine(company, body.path("documentNumber").asText(""), total);
        ObjectNode payment = company.insert(SandboxObject.PAYMENT, record(body, customer, receiptDate, currency, total, over));
        ArrayNode details = payment.putArray("paymentDetails");
        for (Line line : lines) {
            details.add(detail(company, payment, line, receiptDate, currency));
            InvoiceBalances.apply(line.invoice(), line.cash().add(line.credit()), receiptDate);
            if (line.adjustment() != null) {
                InvoiceBalances.useCredit(line.adjustment(), line.credit());
            }
        }
        if (bankLine != null) {
            bankLine.putObject("reconciliationInformation").put("status", "matched").put("amountToMatch", "0.00");
            bankLine.set("customer", References.customerRef(customer));
        }
        InvoiceBalances.refreshCustomerDue(company, customer);
        return payment;
    }

    private static List<Line> lines(DemoCompany company, ObjectNode customer, JsonNode details) {
        List<Line> lines = new ArrayList<>();
        Map<ObjectNode, BigDecimal> taken = new IdentityHashMap<>();
        for (int i = 0; i < details.size(); i++) {
            JsonNode detail = details.get(i);
            String target = "/paymentDetails/" + i;
            ObjectNode invoice = References.resolve(company, SandboxObject.INVOICE, detail.path("arInvoice"), target + "/arInvoice");
            if (!invoice.path("customer").path("id").asText().equals(customer.path("id").asText())) {
                throw SandboxError.invalid("invoice " + invoice.path("invoiceNumber").asText() + " belongs to customer "
                        + invoice.path("customer").path("id").asText() + ", not " + customer.path("id").asText(), target + "/arInvoice");
            }
            BigDecimal cash = Decimals.read(detail.path("txnCurrency").path("paymentAmount"), target + "/txnCurrency/paymentAmount");
            BigDecimal credit = Decimals.read(detail.path("txnCurrency").path("adjustmentAmount"), target + "/txnCurrency/adjustmentAmount");
            ObjectNode adjustment = detail.has("arAdjustment")
                    ? References.resolve(company, SandboxObject.ADJUSTMENT, detail.path("arAdjustment"), target + "/arAdjustment") : null;
            if (cash.signum() < 0 || credit.signum() < 0 || cash.add(credit).signum() == 0) {
                throw SandboxError.invalid("a payment detail needs a positive paymentAmount or adjustmentAmount", target + "/txnCurrency");
            }
            if (credit.signum() > 0 && adjustment == null) {
                throw SandboxError.invalid("adjustmentAmount needs an arAdjustment to take the credit from", target + "/arAdjustment");
            }
            if (adjustment != null && credit.compareTo(InvoiceBalances.availableCredit(adjustment)) > 0) {
                throw SandboxError.invalid("adjustmentAmount " + Decimals.text(credit) + " exceeds the credit available "
                        + Decimals.text(InvoiceBalances.availableCredit(adjustment)), target + "/txnCurrency/adjustmentAmount");
            }
            BigDecimal due = Decimals.read(invoice.path("totalTxnAmountDue"), "totalTxnAmountDue");
            BigDecimal applied = taken.merge(invoice, cash.add(credit), BigDecimal::add);
            if (!Set.of("posted", "partiallyPaid").contains(invoice.path("state").asText()) || applied.compareTo(due) > 0) {
                throw SandboxError.invalid("Payment amount " + Decimals.text(applied) + " exceeds the amount due "
                        + Decimals.text(due) + " on invoice " + invoice.path("invoiceNumber").asText(), target + "/txnCurrency/paymentAmount");
            }
            lines.add(new Line(invoice, adjustment, cash, credit));
        }
        return lines;
    }

    private static ObjectNode bankLine(DemoCompany company, String documentNumber, BigDecimal total) {
        if (!documentNumber.startsWith(BANK_TRANSACTION_PREFIX)) {
            return null;
        }
        String key = documentNumber.substring(BANK_TRANSACTION_PREFIX.length());
        ObjectNode line = company.live(SandboxObject.BANK_TRANSACTION, key)
                .orElseThrow(() -> SandboxError.invalid("bank transaction " + key + " does not exist", "/documentNumber"));
        if (!"unmatched".equals(JsonPaths.text(line, "reconciliationInformation.status"))) {
            throw SandboxError.invalid("bank transaction " + key + " is already matched", "/documentNumber");
        }
        BigDecimal amount = Decimals.read(line.path("amount"), "amount");
        if (amount.compareTo(total) != 0) {
            throw SandboxError.invalid("the payment of " + Decimals.text(total) + " does not match bank transaction " + key
                    + " of " + Decimals.text(amount), "/txnCurrency/totalAmount");
        }
        return line;
    }

    private static ObjectNode record(JsonNode body, ObjectNode customer, LocalDate receiptDate, String currency,
                                     BigDecimal total, BigDecimal over) {
        ObjectNode payment = customer.objectNode();
        payment.put("recordType", "rp").put("state", "complete");
        payment.put("paymentMethod", body.path("paymentMethod").asText("eft"));
        payment.set("customer", References.customerRef(customer));
        for (String field : new String[] {"documentNumber", "referenceNumber", "description", "payerName"}) {
            if (body.hasNonNull(field)) {
                payment.put(field, body.get(field).asText());
            }
        }
        if (body.has("financialEntity")) {
            payment.putObject("financialEntity").put("entityId", JsonPaths.text(body, "financialEntity.entityId"));
        }
        if (body.has("undepositedGLAccount")) {
            payment.putObject("undepositedGLAccount").put("id", JsonPaths.text(body, "undepositedGLAccount.id"));
        }
        payment.putObject("paymentSummary").put("receiptDate", receiptDate.toString());
        payment.put("paidDate", receiptDate.toString());
        payment.putObject("txnCurrency").put("currency", currency).put("totalAmount", Decimals.text(total))
                .put("totalPaid", Decimals.text(total)).put("totalDue", "0.00");
        payment.put("overPaymentAmount", Decimals.text(over));
        payment.put("bankReconciliationStatus", "uncleared");
        return payment;
    }

    private static ObjectNode detail(DemoCompany company, ObjectNode payment, Line line, LocalDate date, String currency) {
        ObjectNode detail = payment.objectNode();
        detail.set("arPayment", References.ref(SandboxObject.PAYMENT, payment));
        detail.put("paymentDate", date.toString());
        ObjectNode invoiceRef = References.ref(SandboxObject.INVOICE, line.invoice());
        detail.set("arInvoice", invoiceRef);
        if (line.adjustment() != null) {
            detail.set("arAdjustment", References.ref(SandboxObject.ADJUSTMENT, line.adjustment()));
        }
        detail.putObject("txnCurrency").put("currency", currency).put("paymentAmount", Decimals.text(line.cash()))
                .put("adjustmentAmount", Decimals.text(line.credit()));
        return company.insert(SandboxObject.PAYMENT_DETAIL, detail).deepCopy();
    }

    static LocalDate date(String text, String target) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw SandboxError.invalid(target + " is not a date (YYYY-MM-DD): " + text, target);
        }
    }
}
