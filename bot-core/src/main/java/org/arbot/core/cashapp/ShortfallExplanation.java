package org.arbot.core.cashapp;

import java.time.LocalDate;
import java.util.List;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.Terms;
import org.arbot.core.deductions.Classification;
import org.arbot.core.deductions.Deduction;
import org.arbot.core.deductions.DeductionClassifier;
import org.arbot.core.deductions.DeductionReason;
import org.arbot.core.deductions.DeductionValidation;
import org.arbot.core.deductions.Validity;
import org.arbot.core.money.Money;

/**
 * Explains why a payment falls short of the invoices it pays: an early-payment discount the terms allow (exact
 * amount), a deduction the remittance gives a reason for, or a small unexplained difference taken as a bank fee.
 * What it cannot explain becomes an {@code UNKNOWN} deduction for a person.
 */
final class ShortfallExplanation {

    private final DeductionClassifier classifier;
    private final long toleranceCents;

    ShortfallExplanation(DeductionClassifier classifier, long toleranceCents) {
        this.classifier = classifier;
        this.toleranceCents = toleranceCents;
    }

    /** Turns {@code shortfall} on {@code invoices} (fully applied in {@code draft}) into deductions. */
    void explain(Draft draft, long shortfall, List<Invoice> invoices, Remittance remittance, LocalDate received) {
        Terms terms = draft.account.customer().terms();
        String text = remittance.explanation();
        Classification read = text.isBlank() ? null : classifier.classify(text);
        boolean hasText = read != null && (read.isKnown() || classifier.explains(text));
        if (!hasText) {
            read = null;
        }
        DeductionReason reason = read == null ? DeductionReason.UNKNOWN : read.reason();
        if (terms.offersDiscount() && (reason == DeductionReason.UNKNOWN || reason == DeductionReason.EARLY_PAY_DISCOUNT)) {
            long allowed = 0;
            for (Invoice i : invoices) {
                allowed += DeductionValidation.allowedDiscount(i.balance(), terms).minorUnits();
            }
            if (Math.abs(allowed - shortfall) <= invoices.size()) {
                discountEach(draft, shortfall, invoices, terms, received, read);
                return;
            }
        }
        Invoice target = target(draft, invoices, shortfall);
        if (reason != DeductionReason.UNKNOWN && reason != DeductionReason.BANK_FEE) {
            deduct(draft, target, shortfall, reason, read.evidence(), received, text);
            draft.reasons.add("short by " + draft.money(shortfall) + ": " + reason + " read from '" + read.evidence() + "'");
            draft.confidence = Math.min(draft.confidence, 0.95);
            return;
        }
        if (shortfall <= toleranceCents && (reason == DeductionReason.BANK_FEE || !hasText)) {
            draft.reduce(target, shortfall);
            draft.deductions.add(new Deduction(target.id(), draft.money(shortfall), DeductionReason.BANK_FEE, Validity.VALID,
                    read == null ? "unexplained shortfall within the " + draft.money(toleranceCents) + " bank-fee tolerance" : read.evidence()));
            draft.reasons.add("short by " + draft.money(shortfall) + ", within the bank-fee tolerance of " + draft.money(toleranceCents));
            draft.confidence = Math.min(draft.confidence, 0.94);
            return;
        }
        draft.reduce(target, shortfall);
        draft.deductions.add(new Deduction(target.id(), draft.money(shortfall), reason, Validity.NEEDS_REVIEW,
                read == null ? "" : read.evidence()));
        draft.reasons.add("short by " + draft.money(shortfall) + " with no reason the engine can read");
        draft.explained = false;
        draft.confidence = Math.min(draft.confidence, 0.75);
    }

    private void discountEach(Draft draft, long shortfall, List<Invoice> invoices, Terms terms, LocalDate received,
            Classification read) {
        long left = shortfall;
        for (int k = 0; k < invoices.size(); k++) {
            Invoice i = invoices.get(k);
            long d = k == invoices.size() - 1 ? left : DeductionValidation.allowedDiscount(i.balance(), terms).minorUnits();
            left -= d;
            String evidence = read != null && read.isKnown() ? read.evidence()
                    : terms.discountPercent().stripTrailingZeros().toPlainString() + "% of " + i.balance().toDecimalString()
                    + " under terms " + terms.id();
            deduct(draft, i, d, DeductionReason.EARLY_PAY_DISCOUNT, evidence, received, "");
        }
        draft.reasons.add("short by " + draft.money(shortfall) + ": the early-payment discount terms " + terms.id() + " allow");
        draft.confidence = Math.min(draft.confidence, 0.96);
    }

    private void deduct(Draft draft, Invoice invoice, long cents, DeductionReason reason, String evidence, LocalDate received,
            String text) {
        if (cents <= 0) {
            return;
        }
        Money amount = draft.money(cents);
        DeductionValidation.Verdict verdict = DeductionValidation.judge(reason, amount, invoice,
                draft.account.customer().terms(), received, draft.account.documents(), text);
        draft.reduce(invoice, cents);
        draft.deductions.add(new Deduction(invoice.id(), amount, reason, verdict.validity(), evidence));
        draft.reasons.add(verdict.because());
    }

    /** The invoice that carries a deduction: the last quoted one that can absorb it, else the largest. */
    private static Invoice target(Draft draft, List<Invoice> invoices, long shortfall) {
        for (int k = invoices.size() - 1; k >= 0; k--) {
            if (draft.appliedTo(invoices.get(k)) >= shortfall) {
                return invoices.get(k);
            }
        }
        Invoice largest = invoices.get(0);
        for (Invoice i : invoices) {
            if (draft.appliedTo(i) > draft.appliedTo(largest)) {
                largest = i;
            }
        }
        return largest;
    }
}
