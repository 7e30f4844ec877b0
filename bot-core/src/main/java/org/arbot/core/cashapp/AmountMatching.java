package org.arbot.core.cashapp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.Terms;
import org.arbot.core.deductions.DeductionValidation;
import org.arbot.core.money.Money;

/**
 * Finds the invoices a payment without usable references settles, from amounts alone: one open balance equal to the
 * payment (identical ones oldest due first), one balance less the discount the terms allow, an exact subset of open
 * balances (bounded search), and, for a person to check, a small shortfall or a partial payment.
 */
final class AmountMatching {

    private final ShortfallExplanation shortfalls;
    private final CashApplicationSettings settings;
    private final long toleranceCents;

    AmountMatching(ShortfallExplanation shortfalls, CashApplicationSettings settings, long toleranceCents) {
        this.shortfalls = shortfalls;
        this.settings = settings;
        this.toleranceCents = toleranceCents;
    }

    List<Draft> propose(CustomerAccount account, Remittance remittance, Money amount, LocalDate received) {
        long paid = amount.minorUnits();
        List<Draft> drafts = new ArrayList<>(2);
        List<Invoice> same = account.withBalance(paid);
        if (!same.isEmpty()) {
            Draft d = single(account, amount, same.get(0), paid, same.size() > 1 ? 0.93 : 0.95);
            d.reasons.add(same.size() > 1
                    ? same.size() + " open invoices of exactly " + amount + ": the oldest due, " + same.get(0).number() + ", first"
                    : "the only open invoice of exactly " + amount + " is " + same.get(0).number());
            drafts.add(d);
            return drafts;
        }
        List<Invoice> open = account.open();
        Terms terms = account.customer().terms();
        if (terms.offersDiscount()) {
            Invoice found = null;
            long[] openBalances = account.openBalances();
            for (int k = 0; k < openBalances.length; k++) {
                Invoice i = open.get(k);
                // the discount never exceeds the balance, so a balance below the payment cannot be it
                if (openBalances[k] < paid) {
                    continue;
                }
                long discount = DeductionValidation.allowedDiscount(i.balance(), terms).minorUnits();
                if (openBalances[k] - discount == paid) {
                    boolean inWindow = !received.isAfter(terms.discountCutOff(i.invoiceDate()).orElseThrow());
                    if (found == null || inWindow) {
                        found = i;
                    }
                    if (inWindow) {
                        break;
                    }
                }
            }
            if (found != null) {
                long discount = DeductionValidation.allowedDiscount(found.balance(), terms).minorUnits();
                Draft d = single(account, amount, found, found.balance().minorUnits(), 0.93);
                d.reasons.add("invoice " + found.number() + " less its early-payment discount equals " + amount
                        + " (invoices still inside their discount window first)");
                shortfalls.explain(d, discount, List.of(found), remittance, received);
                drafts.add(d);
                return drafts;
            }
        }
        long[] balances = account.openBalances();
        long total = 0;
        for (long balance : balances) {
            total += balance;
        }
        int largestTelling = largestTellingSubset(balances);
        if (paid < total && largestTelling >= 2) {
            ExactSubsets.Result subsets = ExactSubsets.find(balances, paid, largestTelling, settings.subsetBudget());
            for (List<Integer> subset : subsets.subsets()) {
                Draft d = new Draft(account, amount.currency());
                List<Invoice> chosen = subset.stream().map(open::get).toList();
                chosen.forEach(i -> d.apply(i, i.balance().minorUnits()));
                d.confidence = subsets.subsets().size() > 1 ? 0.6
                        : chanceHits(balances, subset.size()) < 0.05 ? 0.93 : 0.8;
                d.reasons.add(chosen.size() + " open invoices add up to exactly " + amount + ": " + QuotedMatching.numbers(chosen));
                drafts.add(d);
            }
            if (!drafts.isEmpty()) {
                return drafts;
            }
        }
        if (open.isEmpty()) {
            return drafts;
        }
        Invoice nearest = null;
        long nearestGap = 0;
        long[] openBalances = account.openBalances();
        for (int k = 0; k < openBalances.length; k++) {
            long gap = openBalances[k] - paid;
            if (gap > 0 && (nearest == null || gap < nearestGap)) {
                nearest = open.get(k);
                nearestGap = gap;
            }
        }
        if (remittance.partial() || nearest == null) {
            Invoice oldest = open.get(0);
            Draft d = single(account, amount, oldest, Math.min(paid, oldest.balance().minorUnits()), 0.5);
            d.unapplied = paid - d.appliedTo(oldest);
            d.explained = false;
            d.reasons.add("no invoice matches the amount: proposed against the oldest due, " + oldest.number());
            drafts.add(d);
            return drafts;
        }
        long gap = nearest.balance().minorUnits() - paid;
        Draft d = single(account, amount, nearest, nearest.balance().minorUnits(), gap <= toleranceCents ? 0.85 : 0.55);
        d.explained = false;
        d.reasons.add("invoice " + nearest.number() + " is the closest open balance above " + amount);
        shortfalls.explain(d, gap, List.of(nearest), remittance, received);
        d.explained = false;
        drafts.add(d);
        return drafts;
    }

    /**
     * The most invoices an exact subset may have and still say something: beyond it, so many subsets exist that one
     * adding up to the payment by chance is likely. 0 or 1 when not even pairs would.
     */
    private int largestTellingSubset(long[] balances) {
        int size = 1;
        while (size < Math.min(settings.subsetMaxInvoices(), balances.length) && chanceHits(balances, size + 1) < CHANCE_LIMIT) {
            size++;
        }
        return size;
    }

    /** An exact subset is weak evidence when this many subsets of its size would hit an arbitrary amount. */
    private static final double CHANCE_LIMIT = 0.2;

    /**
     * How many subsets of {@code size} open balances would hit an arbitrary amount by chance: the number of such
     * subsets over the spread of their sums. Many invoices make an exact subset weak evidence.
     */
    static double chanceHits(long[] balances, int size) {
        int n = balances.length;
        double mean = 0;
        for (long b : balances) {
            mean += b;
        }
        mean /= n;
        double var = 0;
        for (long b : balances) {
            var += (b - mean) * (b - mean);
        }
        double spread = 2.5 * Math.sqrt(size * Math.max(var / n, 1.0));
        double subsets = 1;
        for (int k = 0; k < size; k++) {
            subsets = subsets * (n - k) / (k + 1);
        }
        return subsets / spread;
    }

    private static Draft single(CustomerAccount account, Money amount, Invoice invoice, long cents, double confidence) {
        Draft d = new Draft(account, amount.currency());
        d.apply(invoice, cents);
        d.confidence = confidence;
        return d;
    }
}
