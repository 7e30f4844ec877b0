package org.arbot.core.cashapp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.ar.Invoice;
import org.arbot.core.money.Allocation;
import org.arbot.core.money.Money;

/**
 * Applies a payment to the invoices its remittance quotes: the amounts written next to them when there are any,
 * otherwise their balances; a typo'd number counts only when the amount confirms it. Differences become a partial
 * payment, an overpayment left on account, or a shortfall for {@link ShortfallExplanation}.
 */
final class QuotedMatching {

    private final ShortfallExplanation shortfalls;

    QuotedMatching(ShortfallExplanation shortfalls) {
        this.shortfalls = shortfalls;
    }

    Optional<Draft> propose(CustomerAccount account, Remittance remittance, Money amount, LocalDate received) {
        long paid = amount.minorUnits();
        QuotedInvoices quoted = QuotedInvoices.of(account, remittance, paid);
        if (quoted.isEmpty()) {
            return Optional.empty();
        }
        List<Invoice> invoices = quoted.invoices();
        Draft draft = new Draft(account, amount.currency());
        draft.quoted = true;
        draft.confidence = 0.99;
        long open = QuotedInvoices.balances(invoices);
        if (quoted.confirmedTypo().isPresent()) {
            draft.confidence = 0.96;
            draft.reasons.add("reference " + quoted.typoRef() + " is one typo from invoice "
                    + quoted.confirmedTypo().get().number() + "; the amount confirms it");
        }
        draft.reasons.add("remittance quotes invoice " + numbers(invoices));
        if (quoted.allAmountsListed() && listedFit(quoted.listed(), paid)) {
            applyListed(draft, quoted.listed(), paid, remittance, received);
            return Optional.of(draft);
        }
        if (paid >= open) {
            invoices.forEach(i -> draft.apply(i, i.balance().minorUnits()));
            draft.unapplied = paid - open;
            if (draft.unapplied > 0) {
                draft.reasons.add("overpaid by " + draft.money(draft.unapplied) + ": left unapplied on account");
                draft.confidence = Math.min(draft.confidence, 0.95);
            } else {
                draft.reasons.add("amount equals the open balance " + draft.money(open));
            }
            return Optional.of(draft);
        }
        if (remittance.partial()) {
            List<Money> capacities = invoices.stream().map(Invoice::balance).toList();
            List<Money> parts = Allocation.inOrder(amount, capacities);
            for (int k = 0; k < invoices.size(); k++) {
                draft.apply(invoices.get(k), parts.get(k).minorUnits());
            }
            draft.reasons.add("remittance says partial payment: " + amount + " applied, the invoice stays open");
            draft.confidence = Math.min(draft.confidence, 0.95);
            return Optional.of(draft);
        }
        invoices.forEach(i -> draft.apply(i, i.balance().minorUnits()));
        shortfalls.explain(draft, open - paid, invoices, remittance, received);
        return Optional.of(draft);
    }

    /** Listed amounts are trusted when they add up to the payment, or fall short of it by at most their own count. */
    private static boolean listedFit(Map<Invoice, Long> listed, long paid) {
        long sum = 0;
        for (long amount : listed.values()) {
            sum += amount;
        }
        return sum == paid || (listed.size() == 1 && sum > paid);
    }

    private void applyListed(Draft draft, Map<Invoice, Long> listed, long paid, Remittance remittance, LocalDate received) {
        long applied = 0;
        for (Map.Entry<Invoice, Long> e : listed.entrySet()) {
            Invoice invoice = e.getKey();
            long balance = invoice.balance().minorUnits();
            long part = Math.min(e.getValue(), balance);
            draft.apply(invoice, balance);
            applied += part;
            if (part < balance && !remittance.partial()) {
                shortfalls.explain(draft, balance - part, List.of(invoice), remittance, received);
            } else if (part < balance) {
                draft.reduce(invoice, balance - part);
                draft.reasons.add("partial payment of " + draft.money(part) + " on invoice " + invoice.number());
            }
        }
        draft.unapplied = Math.max(0, paid - applied);
        if (paid < applied) {
            List<Invoice> invoices = new ArrayList<>(listed.keySet());
            shortfalls.explain(draft, applied - paid, invoices, new Remittance(List.of(), List.of(), false, ""), received);
        }
        draft.reasons.add("amounts written next to the invoice numbers add up to " + draft.money(applied));
    }

    static String numbers(List<Invoice> invoices) {
        StringBuilder b = new StringBuilder();
        for (Invoice i : invoices) {
            b.append(b.length() == 0 ? "" : ", ").append(i.number());
        }
        return b.toString();
    }
}
