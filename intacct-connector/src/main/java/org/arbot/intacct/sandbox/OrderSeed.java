package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.arbot.intacct.sandbox.CustomerSeed.Profile;

/**
 * Generates sales orders: recent ones pending a credit decision (some would take the customer over its credit limit)
 * and older ones already submitted.
 */
final class OrderSeed {

    static final int PENDING = 14;
    private static final int SUBMITTED = 6;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private OrderSeed() {
    }

    static void generate(DemoCompany company, List<Profile> profiles, LocalDate asOf, Random random) {
        int number = 101;
        for (int i = 0; i < SUBMITTED; i++) {
            Profile profile = profiles.get(random.nextInt(profiles.size()));
            BigDecimal total = profile.typicalInvoice().multiply(BigDecimal.valueOf(1 + random.nextInt(2)));
            insert(company, profile, number++, asOf.minusDays(20 + random.nextInt(40)), total, "submitted", random);
        }
        for (int i = 0; i < PENDING; i++) {
            Profile profile = profiles.get(random.nextInt(profiles.size()));
            BigDecimal total;
            if (i % 3 == 0) {
                BigDecimal headroom = BigDecimal.valueOf(profile.customer().path("creditLimit").asLong())
                        .subtract(new BigDecimal(profile.customer().path("totalDue").asText()));
                total = headroom.max(BigDecimal.ZERO).add(profile.typicalInvoice());
            } else {
                total = profile.typicalInvoice().multiply(BigDecimal.valueOf(50 + random.nextInt(100)).movePointLeft(2));
            }
            insert(company, profile, number++, asOf.minusDays(random.nextInt(6)), total, "pending", random);
        }
    }

    private static void insert(DemoCompany company, Profile profile, int number, LocalDate date, BigDecimal total,
                               String state, Random random) {
        ObjectNode customer = profile.customer();
        String documentNumber = String.format("SO-%04d", number);
        ObjectNode order = NODES.objectNode();
        order.put("id", "Sales Order-" + documentNumber);
        order.put("documentNumber", documentNumber).put("documentType", "Sales Order");
        order.putObject("txnDefinition").put("id", "Sales Order");
        order.put("state", state);
        order.put("txnDate", date.toString()).put("dueDate", date.plusDays(profile.netDays()).toString());
        order.set("customer", References.customerRef(customer));
        order.put("customerPONumber", "PO-" + (60000 + random.nextInt(30000)));
        order.put("baseCurrency", "USD").put("txnCurrency", "USD");
        order.set("paymentTerm", customer.path("term").deepCopy());
        order.put("memo", "").put("notes", "");
        ArrayNode lines = order.putArray("lines");
        String item = DemoNames.ITEMS.get(random.nextInt(DemoNames.ITEMS.size()));
        int quantity = 1 + random.nextInt(40);
        BigDecimal price = total.divide(BigDecimal.valueOf(quantity), 2, RoundingMode.HALF_UP);
        BigDecimal lineTotal = price.multiply(BigDecimal.valueOf(quantity));
        ObjectNode line = lines.addObject();
        line.put("lineNumber", 1);
        line.putObject("item").put("id", item.toUpperCase(java.util.Locale.ROOT).replace(' ', '-')).put("name", item);
        line.put("unit", "Each").put("unitQuantity", String.valueOf(quantity)).put("quantity", String.valueOf(quantity));
        line.put("unitPrice", Decimals.text(price)).put("price", Decimals.text(lineTotal));
        String text = Decimals.text(lineTotal);
        order.put("subtotal", text).put("subtotalInTxnCurrency", text).put("total", text).put("totalInTxnCurrency", text);
        order.put("paymentStatus", "open");
        company.insert(SandboxObject.SALES_ORDER, order);
    }
}
