package org.arbot.core.cashapp;

import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.deductions.Deduction;
import org.arbot.core.money.Money;

/** A proposal being built, in minor units: what goes where, what is deducted, how sure and why. */
final class Draft {

    final CustomerAccount account;
    final Currency currency;
    final Map<Invoice, Long> applied = new LinkedHashMap<>();
    final List<Deduction> deductions = new ArrayList<>();
    final List<String> reasons = new ArrayList<>();
    long unapplied;
    double confidence;
    /** Every cent is accounted for by evidence, so the proposal may be posted without a person. */
    boolean explained = true;
    /** An invoice number or PO the payer quoted confirms the match. */
    boolean quoted;

    Draft(CustomerAccount account, Currency currency) {
        this.account = account;
        this.currency = currency;
    }

    void apply(Invoice invoice, long cents) {
        if (cents > 0) {
            applied.merge(invoice, cents, Long::sum);
        }
    }

    /** Takes {@code cents} off what is applied to {@code invoice}: that part is deducted instead. */
    void reduce(Invoice invoice, long cents) {
        long left = applied.getOrDefault(invoice, 0L) - cents;
        if (left > 0) {
            applied.put(invoice, left);
        } else {
            applied.remove(invoice);
        }
    }

    long appliedTo(Invoice invoice) {
        return applied.getOrDefault(invoice, 0L);
    }

    Money money(long cents) {
        return Money.ofMinor(cents, currency);
    }

    Proposal toProposal(double combined, List<String> leading) {
        List<PaymentApplication> apps = new ArrayList<>(applied.size());
        applied.forEach((invoice, cents) -> apps.add(new PaymentApplication(invoice.id(), money(cents))));
        List<String> all = new ArrayList<>(leading);
        all.addAll(reasons);
        return new Proposal(account.customer().id(), apps, deductions, money(unapplied), combined, all);
    }
}
