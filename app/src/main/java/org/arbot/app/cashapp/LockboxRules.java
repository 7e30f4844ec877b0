package org.arbot.app.cashapp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.Invoice;

/**
 * What banks' lockbox rules do, as the baseline to beat: auto-apply only when the reference or remittance carries
 * exactly one invoice number, written exactly as invoiced, and the amount equals that invoice's open balance.
 */
final class LockboxRules {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9-]+");

    private final Map<String, Invoice> byNumber = new HashMap<>();

    LockboxRules(List<Invoice> invoices) {
        invoices.forEach(i -> byNumber.put(i.number(), i));
    }

    /** The invoice the rules would apply the whole line to, if any. */
    Optional<Invoice> match(BankLine line) {
        List<Invoice> quoted = new ArrayList<>();
        Matcher m = TOKEN.matcher(line.reference() + " " + line.remittance());
        while (m.find()) {
            Invoice i = byNumber.get(m.group());
            if (i != null && !quoted.contains(i)) {
                quoted.add(i);
            }
        }
        if (quoted.size() == 1 && quoted.get(0).balance().equals(line.amount())) {
            return Optional.of(quoted.get(0));
        }
        return Optional.empty();
    }
}
