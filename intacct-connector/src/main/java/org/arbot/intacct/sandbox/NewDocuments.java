package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Set;

/**
 * {@code POST /objects/accounts-receivable/invoice} and {@code POST /objects/order-entry/document::Sales Order}: new
 * invoices and sales orders, as a person or another system enters them in Intacct, with the properties each spec marks
 * required. They are what the sandbox's event queue announces as created invoices and orders.
 */
final class NewDocuments {

    private static final Set<String> ORDER_STATES = Set.of("draft", "pending", "submitted");

    private NewDocuments() {
    }

    static ObjectNode invoice(DemoCompany company, JsonNode body) {
        ObjectNode customer = References.resolve(company, SandboxObject.CUSTOMER, body.path("customer"), "/customer");
        LocalDate date = PaymentReceipts.date(References.required(body, "invoiceDate"), "/invoiceDate");
        LocalDate due = PaymentReceipts.date(References.required(body, "dueDate"), "/dueDate");
        JsonNode lines = lines(body);
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < lines.size(); i++) {
            References.required(lines.get(i), "glAccount.id");
            References.required(lines.get(i), "dimensions.location.id");
            total = total.add(Decimals.read(lines.get(i).path("txnAmount"), "/lines/" + i + "/txnAmount"));
        }
        if (total.signum() <= 0) {
            throw SandboxError.invalid("an invoice's lines must add up to a positive amount", "/lines");
        }
        ObjectNode invoice = customer.objectNode();
        invoice.put("recordType", "ri").put("moduleKey", "accountsReceivable");
        invoice.put("invoiceNumber", body.path("invoiceNumber").asText(
                String.format("INV-%07d", 1001 + company.rows(SandboxObject.INVOICE).size())));
        invoice.put("state", "posted");
        invoice.put("referenceNumber", body.path("referenceNumber").asText(""));
        invoice.put("description", body.path("description").asText(""));
        invoice.put("invoiceDate", date.toString()).put("dueDate", due.toString());
        invoice.putObject("currency").put("baseCurrency", "USD").put("txnCurrency", "USD");
        String amount = Decimals.text(total);
        invoice.put("totalBaseAmount", amount).put("totalBaseAmountDue", amount);
        invoice.put("totalTxnAmount", amount).put("totalTxnAmountDue", amount);
        invoice.putObject("paymentInformation").put("totalTxnAmountPaid", "0.00").put("totalBaseAmountPaid", "0.00");
        invoice.set("customer", References.customerRef(customer));
        invoice.set("term", customer.path("term").deepCopy());
        ObjectNode posted = company.insert(SandboxObject.INVOICE, invoice);
        InvoiceBalances.refreshCustomerDue(company, customer);
        return posted;
    }

    static ObjectNode salesOrder(DemoCompany company, JsonNode body) {
        ObjectNode customer = References.resolve(company, SandboxObject.CUSTOMER, body.path("customer"), "/customer");
        LocalDate date = PaymentReceipts.date(References.required(body, "txnDate"), "/txnDate");
        String state = body.path("state").asText("pending");
        if (!ORDER_STATES.contains(state)) {
            throw SandboxError.invalid("state must be pending, draft or submitted, not " + state, "/state");
        }
        ObjectNode order = customer.objectNode();
        String number = String.format("SO-%04d", 101 + company.rows(SandboxObject.SALES_ORDER).size());
        order.put("id", "Sales Order-" + number).put("documentNumber", number).put("documentType", "Sales Order");
        order.putObject("txnDefinition").put("id", "Sales Order");
        order.put("state", state).put("txnDate", date.toString());
        order.put("dueDate", body.path("dueDate").asText(date.plusDays(30).toString()));
        order.set("customer", References.customerRef(customer));
        order.put("customerPONumber", body.path("customerPONumber").asText(""));
        order.put("baseCurrency", "USD").put("txnCurrency", "USD");
        order.set("paymentTerm", customer.path("term").deepCopy());
        order.put("memo", "").put("notes", "");
        ArrayNode stored = order.putArray("lines");
        BigDecimal total = BigDecimal.ZERO;
        JsonNode lines = lines(body);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            String target = "/lines/" + i;
            for (String required : new String[] {"unit", "dimensions.item.id", "dimensions.warehouse.id", "dimensions.location.id"}) {
                References.required(line, required);
            }
            BigDecimal quantity = number(line.path("unitQuantity"), target + "/unitQuantity");
            BigDecimal price = number(line.path("unitPrice"), target + "/unitPrice");
            BigDecimal lineTotal = quantity.multiply(price).setScale(2, RoundingMode.HALF_UP);
            ObjectNode copy = stored.addObject();
            copy.put("lineNumber", i + 1);
            copy.putObject("item").put("id", JsonPaths.text(line, "dimensions.item.id"));
            copy.put("unit", line.path("unit").asText()).put("unitQuantity", quantity.toPlainString())
                    .put("quantity", quantity.toPlainString()).put("unitPrice", price.toPlainString())
                    .put("price", Decimals.text(lineTotal));
            total = total.add(lineTotal);
        }
        String text = Decimals.text(total);
        order.put("subtotal", text).put("subtotalInTxnCurrency", text).put("total", text).put("totalInTxnCurrency", text);
        order.put("paymentStatus", "open");
        return company.insert(SandboxObject.SALES_ORDER, order);
    }

    private static JsonNode lines(JsonNode body) {
        JsonNode lines = body.path("lines");
        if (!lines.isArray() || lines.isEmpty()) {
            throw SandboxError.invalid("at least one line is required", "/lines");
        }
        return lines;
    }

    private static BigDecimal number(JsonNode node, String target) {
        try {
            BigDecimal value = new BigDecimal(node.asText("").trim());
            if (value.signum() <= 0) {
                throw SandboxError.invalid(target + " must be positive", target);
            }
            return value;
        } catch (NumberFormatException e) {
            throw SandboxError.invalid(target + " is required as a decimal string", target);
        }
    }
}
