package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Generates the terms and the customers, each with a paying habit that the invoice history then follows. */
final class CustomerSeed {

    enum Habit { DISCOUNT_TAKER, PROMPT, SLOW, CHRONIC_LATE }

    /** A generated customer and how it buys and pays; only the record goes into the company. */
    record Profile(ObjectNode customer, Habit habit, BigDecimal typicalInvoice, int invoicesPerMonth, int netDays) {
        String id() {
            return customer.path("id").asText();
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] TERM_IDS = {"N30", "N45", "N60", "2/10 N30", "N15"};
    private static final int[] TERM_WEIGHTS = {45, 15, 15, 15, 10};
    private static final int[] TYPICAL = {900, 1800, 3500, 7000, 14000, 26000};

    private CustomerSeed() {
    }

    static Map<String, ObjectNode> terms(DemoCompany company) {
        Map<String, ObjectNode> terms = new LinkedHashMap<>();
        terms.put("N30", term(company, "N30", "Net 30", 30, 0, 0));
        terms.put("N45", term(company, "N45", "Net 45", 45, 0, 0));
        terms.put("N60", term(company, "N60", "Net 60", 60, 0, 0));
        terms.put("2/10 N30", term(company, "2/10 N30", "2% 10 days, net 30", 30, 10, 2));
        terms.put("N15", term(company, "N15", "Net 15", 15, 0, 0));
        return terms;
    }

    private static ObjectNode term(DemoCompany company, String id, String description, int days, int discountDays, int percent) {
        ObjectNode term = NODES.objectNode();
        term.put("id", id).put("description", description).put("status", "active");
        term.putObject("due").put("days", days).put("from", "fromInvoiceDate");
        ObjectNode discount = term.putObject("discount");
        if (percent > 0) {
            discount.put("days", discountDays).put("from", "fromInvoiceDate").put("amount", percent)
                    .put("unit", "percentage").put("graceDays", 0).put("calculateOn", "invoiceTotal");
        } else {
            discount.putNull("unit");
        }
        term.putObject("penalty").put("cycle", "noPenalty");
        return company.insert(SandboxObject.TERM, term);
    }

    static List<Profile> customers(DemoCompany company, Map<String, ObjectNode> terms, Random random) {
        List<Profile> profiles = new ArrayList<>();
        int number = 1001;
        for (List<String> group : DemoNames.GROUPS) {
            Profile parent = customer(company, terms, random, number++, group.get(0), null);
            profiles.add(parent);
            for (String subsidiary : group.subList(1, group.size())) {
                profiles.add(customer(company, terms, random, number++, subsidiary, parent.customer()));
            }
        }
        for (String name : DemoNames.STANDALONE) {
            profiles.add(customer(company, terms, random, number++, name, null));
        }
        return profiles;
    }

    private static Profile customer(DemoCompany company, Map<String, ObjectNode> terms, Random random, int number,
                                    String name, ObjectNode parent) {
        ObjectNode term = terms.get(pickTerm(random));
        int netDays = term.path("due").path("days").asInt();
        Habit habit = habit(random, term.path("id").asText().startsWith("2/10"));
        BigDecimal typical = BigDecimal.valueOf(TYPICAL[random.nextInt(TYPICAL.length)]);
        int perMonth = 2 + random.nextInt(3);
        long exposure = typical.longValue() * perMonth * (netDays + 30) / 30;
        long limit = Math.max(5000, Math.round(exposure * (0.9 + random.nextDouble()) / 5000.0) * 5000);
        ObjectNode customer = NODES.objectNode();
        customer.put("id", "CUST-" + number).put("name", name).put("status", "active");
        if (parent != null) {
            customer.putObject("parent").put("key", parent.path("key").asText()).put("id", parent.path("id").asText())
                    .put("name", parent.path("name").asText()).put("href", parent.path("href").asText());
        }
        String collector = DemoNames.COLLECTORS.get(random.nextInt(DemoNames.COLLECTORS.size()));
        customer.putObject("salesRepresentative").put("id", collector);
        customer.put("creditLimit", limit);
        customer.put("isOnHold", habit == Habit.CHRONIC_LATE && random.nextInt(3) == 0);
        customer.put("currency", "USD");
        customer.putObject("term").put("key", term.path("key").asText()).put("id", term.path("id").asText())
                .put("href", term.path("href").asText());
        customer.put("totalDue", "0.00");
        ObjectNode contact = customer.putObject("contacts").putObject("default");
        contact.put("printAs", DemoNames.TRADE_NAMES.getOrDefault(name, name)).put("companyName", name);
        contact.put("email1", "ap@" + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]", "") + ".example");
        customer.putObject("customerAccountHealth").put("healthStatus",
                habit == Habit.CHRONIC_LATE ? "atRisk" : "healthy");
        return new Profile(company.insert(SandboxObject.CUSTOMER, customer), habit, typical, perMonth, netDays);
    }

    private static String pickTerm(Random random) {
        int roll = random.nextInt(100);
        for (int i = 0; i < TERM_IDS.length; i++) {
            roll -= TERM_WEIGHTS[i];
            if (roll < 0) {
                return TERM_IDS[i];
            }
        }
        return TERM_IDS[0];
    }

    private static Habit habit(Random random, boolean offersDiscount) {
        if (offersDiscount && random.nextInt(10) < 6) {
            return Habit.DISCOUNT_TAKER;
        }
        int roll = random.nextInt(100);
        return roll < 45 ? Habit.PROMPT : roll < 80 ? Habit.SLOW : Habit.CHRONIC_LATE;
    }
}
