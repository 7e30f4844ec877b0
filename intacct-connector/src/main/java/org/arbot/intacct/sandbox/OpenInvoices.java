package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The open, undisputed invoices per customer that bank lines may still pay; each invoice is paid by one line at most. */
final class OpenInvoices {

    private final Map<String, List<ObjectNode>> byCustomer = new LinkedHashMap<>();
    private final Map<String, Boolean> subsidiaries = new LinkedHashMap<>();

    OpenInvoices(DemoCompany company) {
        for (ObjectNode customer : company.rows(SandboxObject.CUSTOMER)) {
            subsidiaries.put(customer.path("id").asText(), customer.has("parent"));
        }
        for (ObjectNode invoice : company.rows(SandboxObject.INVOICE)) {
            boolean open = invoice.path("state").asText().equals("posted") || invoice.path("state").asText().equals("partiallyPaid");
            if (open && invoice.path("description").asText().isEmpty()) {
                byCustomer.computeIfAbsent(invoice.path("customer").path("id").asText(), k -> new ArrayList<>()).add(invoice);
            }
        }
    }

    String anyCustomerWith(int invoices, Random random) {
        return pick(invoices, random, false);
    }

    String anySubsidiaryWith(int invoices, Random random) {
        return pick(invoices, random, true);
    }

    ObjectNode take(String customerId, Random random) {
        List<ObjectNode> invoices = byCustomer.get(customerId);
        return invoices.remove(random.nextInt(invoices.size()));
    }

    private String pick(int invoices, Random random, boolean subsidiary) {
        List<String> candidates = byCustomer.entrySet().stream()
                .filter(e -> e.getValue().size() >= invoices)
                .filter(e -> !subsidiary || subsidiaries.getOrDefault(e.getKey(), false))
                .map(Map.Entry::getKey).toList();
        if (candidates.isEmpty()) {
            throw new IllegalStateException("the demo company has no customer with " + invoices + " open invoices left");
        }
        return candidates.get(random.nextInt(candidates.size()));
    }
}
