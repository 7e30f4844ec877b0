package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code POST /objects/accounts-receivable/adjustment}: posts a credit memo (negative line amounts) or debit memo.
 * A credit memo reduces an invoice's balance when a payment applies it ({@code paymentDetails[].arAdjustment}), as in Intacct.
 */
final class AdjustmentEntries {

    private AdjustmentEntries() {
    }

    static ObjectNode post(DemoCompany company, JsonNode body) {
        ObjectNode customer = References.resolve(company, SandboxObject.CUSTOMER, body.path("customer"), "/customer");
        LocalDate created = PaymentReceipts.date(References.required(body, "createdDate"), "/createdDate");
        String currency = References.required(body, "txnCurrency.currency");
        JsonNode lines = body.path("lines");
        if (!lines.isArray() || lines.isEmpty()) {
            throw SandboxError.invalid("an adjustment needs at least one line", "/lines");
        }
        ObjectNode adjustment = customer.objectNode();
        ArrayNode stored = adjustment.putArray("lines");
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            String target = "/lines/" + i;
            BigDecimal amount = Decimals.read(line.path("txnCurrency").path("amount"), target + "/txnCurrency/amount");
            if (amount.signum() == 0) {
                throw SandboxError.invalid(target + "/txnCurrency/amount must not be zero", target + "/txnCurrency/amount");
            }
            String account = References.required(line, "glAccount.id");
            ObjectNode copy = stored.addObject();
            copy.put("lineNumber", String.valueOf(i + 1));
            copy.put("memo", line.path("memo").asText(""));
            copy.putObject("glAccount").put("id", account);
            copy.putObject("txnCurrency").put("amount", Decimals.text(amount)).put("currency", currency);
            if (line.has("dimensions")) {
                copy.set("dimensions", line.get("dimensions").deepCopy());
            }
            total = total.add(amount);
        }
        int number = company.rows(SandboxObject.ADJUSTMENT).size() + 1;
        adjustment.put("adjustmentNumber", String.format("ADJ-%06d", number));
        adjustment.put("txnType", "ra").put("state", "posted");
        adjustment.put("description", body.path("description").asText(""));
        adjustment.put("documentNumber", body.path("documentNumber").asText(""));
        adjustment.set("customer", References.customerRef(customer));
        adjustment.put("createdDate", created.toString());
        adjustment.put("glPostingDate", body.path("glPostingDate").asText(created.toString()));
        adjustment.putObject("adjustmentSummary").put("id", body.path("adjustmentSummary").path("id")
                .asText("Receivables adjustments " + created.withDayOfMonth(1)));
        adjustment.putObject("txnCurrency").put("currency", currency).put("totalEntered", Decimals.text(total))
                .put("totalSelected", "0.00").put("totalPaid", "0.00").put("totalDue", Decimals.text(total));
        adjustment.putObject("baseCurrency").put("currency", currency).put("totalDue", Decimals.text(total));
        ObjectNode posted = company.insert(SandboxObject.ADJUSTMENT, adjustment);
        InvoiceBalances.refreshCustomerDue(company, customer);
        return posted;
    }
}
