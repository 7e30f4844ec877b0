package org.arbot.core.statements;

import java.time.LocalDate;
import java.util.Objects;
import org.arbot.core.money.Money;

/**
 * A ledger record behind a reconciled line: a payment application, a credit or write-off, or cash not yet applied.
 *
 * @param id the record's key in the ledger (payment, adjustment or bank line)
 * @param reference its external reference (check number, bank reference), when it has one
 */
public record Evidence(Kind kind, String id, LocalDate date, Money amount, String reference) {

    /** What kind of record the evidence is. */
    public enum Kind { PAYMENT, CREDIT, UNAPPLIED_PAYMENT, BANK_LINE }

    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        reference = reference == null ? "" : reference;
    }

    /** E.g. "payment 50012 of USD 1200.00 on 2026-03-03 (ACH-123456)". */
    public String describe() {
        String what = switch (kind) {
            case PAYMENT -> "payment";
            case CREDIT -> "credit";
            case UNAPPLIED_PAYMENT -> "unapplied payment";
            case BANK_LINE -> "unapplied bank line";
        };
        return what + " " + id + " of " + amount + " on " + date + (reference.isBlank() ? "" : " (" + reference + ")");
    }
}
