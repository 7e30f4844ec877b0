package org.arbot.core.cashapp;

import java.util.Map;
import java.util.TreeMap;

/** Reads a decision as plain maps for compact assertions. */
final class Outcomes {

    private Outcomes() {
    }

    static Map<String, String> applied(CashApplication result) {
        Map<String, String> map = new TreeMap<>();
        result.applications().forEach(a -> map.put(a.invoiceId().value(), a.amount().toDecimalString()));
        return map;
    }

    static Map<String, String> deducted(CashApplication result) {
        Map<String, String> map = new TreeMap<>();
        result.deductions().forEach(d -> map.put(d.invoiceId().value(), d.amount().toDecimalString() + " " + d.reason() + " " + d.validity()));
        return map;
    }
}
