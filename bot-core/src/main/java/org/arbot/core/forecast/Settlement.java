package org.arbot.core.forecast;

import java.time.LocalDate;
import java.util.Objects;
import org.arbot.core.money.Money;

/**
 * Part of an invoice settled on a date, by cash or by a credit (credit memo, write-off).
 *
 * @param reference the payment or adjustment behind it, or the invoice number when only the paid date is known
 */
public record Settlement(LocalDate date, Money amount, Kind kind, String reference) {

    /** How an invoice was settled: only cash counts as a receipt. */
    public enum Kind { CASH, CREDIT }

    public Settlement {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(kind, "kind");
        reference = reference == null ? "" : reference;
    }

    public boolean isCash() {
        return kind == Kind.CASH;
    }
}
