package org.arbot.core.cashapp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arbot.core.ar.Invoice;

/**
 * The customer's open invoices a remittance quotes, by invoice number or PO number, with the amount written next to
 * each; and, apart, the invoices one typo away from a number that matched nothing (used only when the amount confirms).
 */
record QuotedInvoices(Map<Invoice, Long> listed, List<Invoice> typos, List<String> typoRefs) {

    static QuotedInvoices of(CustomerAccount account, Remittance remittance) {
        Map<Invoice, Long> listed = new LinkedHashMap<>();
        List<Invoice> typos = new ArrayList<>();
        List<String> typoRefs = new ArrayList<>();
        List<Invoice> open = null;
        String[] openKeys = null;
        for (InvoiceRef ref : remittance.refs()) {
            List<Invoice> exact = account.withNumber(ref.key());
            if (!exact.isEmpty()) {
                for (Invoice i : exact) {
                    listed.merge(i, ref.paidCents(), (a, b) -> a >= 0 ? a : b);
                }
                continue;
            }
            if (open == null) {
                open = account.open();
                openKeys = account.openNumberKeys();
            }
            for (int k = 0; k < open.size(); k++) {
                Invoice i = open.get(k);
                if (Edits.oneApart(ref.key(), openKeys[k]) && !typos.contains(i)) {
                    typos.add(i);
                    typoRefs.add(ref.raw());
                }
            }
        }
        for (String po : remittance.poNumbers()) {
            for (Invoice i : account.withPo(po)) {
                listed.putIfAbsent(i, -1L);
            }
        }
        typos.removeIf(listed::containsKey);
        return new QuotedInvoices(listed, typos, typoRefs);
    }

    boolean isEmpty() {
        return listed.isEmpty() && typos.isEmpty();
    }

    List<Invoice> invoices() {
        return new ArrayList<>(listed.keySet());
    }

    boolean allAmountsListed() {
        return !listed.isEmpty() && listed.values().stream().allMatch(a -> a >= 0);
    }

    static long balances(List<Invoice> invoices) {
        long sum = 0;
        for (Invoice i : invoices) {
            sum += i.balance().minorUnits();
        }
        return sum;
    }
}
