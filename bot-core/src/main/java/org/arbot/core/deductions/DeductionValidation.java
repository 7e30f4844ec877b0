package org.arbot.core.deductions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.Terms;
import org.arbot.core.money.Money;

/**
 * Judges whether a deduction stands: {@code VALID} when a document or the terms back it, {@code INVALID} when the
 * evidence contradicts it, otherwise {@code NEEDS_REVIEW}; the verdict says why.
 */
public final class DeductionValidation {

    /** A validity with the sentence that explains it. */
    public record Verdict(Validity validity, String because) {
    }

    private DeductionValidation() {
    }

    /**
     * @param documents the customer's supporting documents (open credits, promotions, returns, prepaid shipments)
     * @param text the remittance text, searched for the documents' references
     */
    public static Verdict judge(DeductionReason reason, Money amount, Invoice invoice, Terms terms, LocalDate received,
            List<SupportingDocument> documents, String text) {
        String upper = text == null ? "" : text.toUpperCase(Locale.ROOT);
        if (reason == DeductionReason.EARLY_PAY_DISCOUNT) {
            return discount(amount, invoice, terms, received);
        }
        if (reason == DeductionReason.BANK_FEE) {
            return new Verdict(Validity.VALID, "bank fee of " + amount + " is within the write-off tolerance");
        }
        for (SupportingDocument doc : documents) {
            boolean quoted = !doc.reference().isBlank() && upper.contains(doc.reference().toUpperCase(Locale.ROOT));
            boolean sameAmount = doc.amount().currency().equals(amount.currency()) && doc.amount().equals(amount);
            switch (doc.kind()) {
                case PREPAID_FREIGHT -> {
                    if (reason == DeductionReason.FREIGHT && (quoted || doc.reference().equals(invoice.number()))) {
                        return new Verdict(Validity.INVALID, "freight deducted on invoice " + invoice.number() + " shipped freight prepaid");
                    }
                }
                case CREDIT_MEMO -> {
                    if (quoted || sameAmount) {
                        return new Verdict(Validity.VALID, "matches open credit " + doc.reference() + " of " + doc.amount());
                    }
                }
                case PROMOTION -> {
                    if (reason == DeductionReason.PROMOTION && (quoted || sameAmount)) {
                        return new Verdict(Validity.VALID, "matches agreed promotion " + doc.reference() + " of " + doc.amount());
                    }
                }
                case RETURN -> {
                    if (reason == DeductionReason.RETURN && (quoted || sameAmount)) {
                        return new Verdict(Validity.VALID, "matches documented return " + doc.reference() + " of " + doc.amount());
                    }
                }
            }
        }
        return new Verdict(Validity.NEEDS_REVIEW, reason.name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " deduction of " + amount + " has no supporting document");
    }

    /** The early-payment discount the terms allow on {@code balance}, rounded half up to the cent; zero without one. */
    public static Money allowedDiscount(Money balance, Terms terms) {
        if (!terms.offersDiscount()) {
            return Money.zero(balance.currency());
        }
        return balance.times(terms.discountPercent().divide(BigDecimal.valueOf(100)), RoundingMode.HALF_UP);
    }

    private static Verdict discount(Money amount, Invoice invoice, Terms terms, LocalDate received) {
        if (!terms.offersDiscount()) {
            return new Verdict(Validity.INVALID, "terms " + terms.id() + " offer no early-payment discount");
        }
        LocalDate cutOff = terms.discountCutOff(invoice.invoiceDate()).orElseThrow();
        if (received.isAfter(cutOff)) {
            return new Verdict(Validity.INVALID, "discount taken on " + received + ", after the window closed on " + cutOff);
        }
        Money allowed = allowedDiscount(invoice.total(), terms);
        if (amount.isGreaterThan(allowed)) {
            return new Verdict(Validity.INVALID, "discount of " + amount + " exceeds the " + allowed + " terms " + terms.id() + " allow");
        }
        return new Verdict(Validity.VALID, "discount of " + amount + " allowed by terms " + terms.id() + " until " + cutOff);
    }
}
