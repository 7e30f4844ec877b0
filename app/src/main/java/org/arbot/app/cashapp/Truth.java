package org.arbot.app.cashapp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The right answer for one generated payment: whether it can be matched at all, the customer, the amount applied to
 * each invoice, the deductions ({@code invoice=amount=REASON}), what stays unapplied and which case it exercises.
 */
record Truth(String paymentId, boolean matchable, String customerId, Map<String, String> applications,
        Map<String, String> deductionReasons, String unapplied, String kind) {

    static final String HEADER = "payment_id,matchable,customer_id,applications,deductions,unapplied,case";

    String csvLine() {
        StringBuilder deds = new StringBuilder();
        deductionReasons.forEach((inv, reason) -> deds.append(deds.length() == 0 ? "" : ";").append(inv).append('=').append(reason));
        StringBuilder apps = new StringBuilder();
        applications.forEach((inv, amt) -> apps.append(apps.length() == 0 ? "" : ";").append(inv).append('=').append(amt));
        return String.join(",", paymentId, String.valueOf(matchable), customerId, apps, deds, unapplied, kind);
    }

    static Map<String, Truth> read(Path file) {
        Map<String, Truth> truths = new HashMap<>();
        CsvTable.read(file, List.of("payment_id", "matchable", "customer_id", "applications", "deductions", "unapplied", "case"),
                row -> truths.put(row.required("payment_id"), new Truth(row.required("payment_id"),
                        Boolean.parseBoolean(row.required("matchable")), row.text("customer_id"), pairs(row.text("applications")),
                        pairs(row.text("deductions")), row.text("unapplied"), row.required("case"))));
        return truths;
    }

    static void write(Path file, List<Truth> truths) {
        List<String> lines = new ArrayList<>(truths.size() + 1);
        lines.add(HEADER);
        truths.forEach(t -> lines.add(t.csvLine()));
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> pairs(String text) {
        Map<String, String> map = new TreeMap<>();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                map.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return map;
    }
}
