package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Keeps an invoice's amounts due, state and payment information, and a customer's total due, consistent after a write. */
final class InvoiceBalances {

    private InvoiceBalances() {
    }

    /** Lowers the amount due by {@code amount} (already checked not to exceed it); a zero balance makes the invoice paid. */
    static void apply(ObjectNode invoice, BigDecimal amount, LocalDate on) {
        BigDecimal due = Decimals.read(invoice.path("totalTxnAmountDue"), "totalTxnAmountDue").subtract(amount);
        invoice.put("totalTxnAmountDue", Decimals.text(due));
        invoice.put("totalBaseAmountDue", Decimals.text(due));
        ObjectNode info = JsonPaths.object(invoice, "paymentInformation");
        BigDecimal paid = Decimals.read(info.path("totalTxnAmountPaid"), "totalTxnAmountPaid").add(amount);
        info.put("totalTxnAmountPaid", Decimals.text(paid));
        info.put("totalBaseAmountPaid", Decimals.text(paid));
        if (due.signum() == 0) {
            invoice.put("state", "paid");
            markPaid(invoice, on);
        } else {
            invoice.put("state", "partiallyPaid");
        }
    }

    /** Fills the read-only payment history Intacct keeps on a fully paid invoice. */
    static void markPaid(ObjectNode invoice, LocalDate on) {
        ObjectNode info = JsonPaths.object(invoice, "paymentInformation");
        LocalDate invoiceDate = LocalDate.parse(invoice.path("invoiceDate").asText());
        LocalDate dueDate = LocalDate.parse(invoice.path("dueDate").asText());
        info.put("fullyPaidDate", on.toString());
        info.put("daysToPay", ChronoUnit.DAYS.between(invoiceDate, on));
        info.put("daysPaidAfterDue", Math.max(0, ChronoUnit.DAYS.between(dueDate, on)));
    }

    /** The credit an adjustment still has to give: its amount due is negative for a credit memo. */
    static BigDecimal availableCredit(ObjectNode adjustment) {
        return Decimals.read(adjustment.path("txnCurrency").path("totalDue"), "totalDue").negate().max(BigDecimal.ZERO);
    }

    static void useCredit(ObjectNode adjustment, BigDecimal amount) {
        ObjectNode txn = JsonPaths.object(adjustment, "txnCurrency");
        BigDecimal due = Decimals.read(txn.path("totalDue"), "totalDue").add(amount);
        BigDecimal paid = Decimals.read(txn.path("totalPaid"), "totalPaid").add(amount);
        txn.put("totalDue", Decimals.text(due));
        txn.put("totalPaid", Decimals.text(paid));
        JsonPaths.object(adjustment, "baseCurrency").put("totalDue", Decimals.text(due));
        adjustment.put("state", due.signum() == 0 ? "paid" : "partiallyPaid");
    }

    /** Recomputes every customer's {@code totalDue} in one pass over the invoices, for a freshly generated company. */
    static void refreshAllCustomerDues(DemoCompany company) {
        java.util.Map<String, BigDecimal> dues = new java.util.HashMap<>();
        for (ObjectNode invoice : company.rows(SandboxObject.INVOICE)) {
            dues.merge(JsonPaths.text(invoice, "customer.id"), Decimals.read(invoice.path("totalTxnAmountDue"), "totalTxnAmountDue"),
                    BigDecimal::add);
        }
        for (ObjectNode customer : company.rows(SandboxObject.CUSTOMER)) {
            customer.put("totalDue", Decimals.text(dues.getOrDefault(customer.path("id").asText(), BigDecimal.ZERO)));
        }
    }

    /** Recomputes the customer's {@code totalDue}: open invoices less unused credit memos. */
    static void refreshCustomerDue(DemoCompany company, ObjectNode customer) {
        String id = customer.path("id").asText();
        BigDecimal due = BigDecimal.ZERO;
        for (ObjectNode invoice : company.rows(SandboxObject.INVOICE)) {
            if (id.equals(JsonPaths.text(invoice, "customer.id"))) {
                due = due.add(Decimals.read(invoice.path("totalTxnAmountDue"), "totalTxnAmountDue"));
            }
        }
        for (ObjectNode adjustment : company.rows(SandboxObject.ADJUSTMENT)) {
            if (id.equals(JsonPaths.text(adjustment, "customer.id"))) {
                due = due.add(Decimals.read(adjustment.path("txnCurrency").path("totalDue"), "totalDue"));
            }
        }
        customer.put("totalDue", Decimals.text(due));
    }
}
