package org.arbot.core.cashapp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.ar.Invoice;

/**
 * The customer's open invoices a remittance quotes, by invoice number or PO number, with the amount written next to
 * each; and, apart, an invoice one typo away from a number that matched nothing, found only when its balance is
 * exactly what the payment leaves after the quoted invoices (the amount confirms the typo).
 *
 * @param typoRef the reference as written that the confirmed typo was read from; empty when there is none
 */
record QuotedInvoices(Map<Invoice, Long> listed, Optional<Invoice> confirmedTypo, String typoRef) {

    static QuotedInvoices of(CustomerAccount account, Remittance remittance, long paid) {
        Map<Invoice, Long> listed = new LinkedHashMap<>();
        List<InvoiceRef> unknown = List.of();
        for (InvoiceRef ref : remittance.refs()) {
            List<Invoice> exact = account.withNumber(ref.key());
            if (exact.isEmpty()) {
                if (unknown.isEmpty()) {
                    unknown = new ArrayList<>(2);
                }
                unknown.add(ref);
            }
            for (Invoice i : exact) {
                listed.merge(i, ref.paidCents(), (a, b) -> a >= 0 ? a : b);
            }
        }
        for (String po : remittance.poNumbers()) {
            for (Invoice i : account.withPo(po)) {
                listed.putIfAbsent(i, -1L);
            }
        }
        if (!unknown.isEmpty()) {
            long left = paid - balances(listed.keySet());
            for (InvoiceRef ref : unknown) {
                Optional<Invoice> typo = typoOf(account, ref, left, listed);
                if (typo.isPresent()) {
                    return new QuotedInvoices(listed, typo, ref.raw());
                }
            }
        }
        return new QuotedInvoices(listed, Optional.empty(), "");
    }

    /** The oldest-due invoice with exactly {@code cents} open whose number is one typo from {@code ref}, not listed already. */
    private static Optional<Invoice> typoOf(CustomerAccount account, InvoiceRef ref, long cents, Map<Invoice, Long> listed) {
        long[] balances = account.openBalances();
        String[] keys = account.openNumberKeys();
        for (int k = 0; k < balances.length; k++) {
            if (balances[k] == cents && Edits.oneApart(ref.key(), keys[k])) {
                Invoice candidate = account.open().get(k);
                if (!listed.containsKey(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    boolean isEmpty() {
        return listed.isEmpty() && confirmedTypo.isEmpty();
    }

    /** The quoted invoices, a confirmed typo last. */
    List<Invoice> invoices() {
        List<Invoice> invoices = new ArrayList<>(listed.keySet());
        confirmedTypo.ifPresent(invoices::add);
        return invoices;
    }

    boolean allAmountsListed() {
        if (listed.isEmpty()) {
            return false;
        }
        for (long amount : listed.values()) {
            if (amount < 0) {
                return false;
            }
        }
        return true;
    }

    static long balances(Iterable<Invoice> invoices) {
        long sum = 0;
        for (Invoice i : invoices) {
            sum += i.balance().minorUnits();
        }
        return sum;
    }
}
