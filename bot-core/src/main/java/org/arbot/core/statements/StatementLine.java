package org.arbot.core.statements;

import java.time.LocalDate;
import java.util.Objects;
import org.arbot.core.money.Money;

/**
 * A movement on the customer's account in the statement period: an invoice (positive), a payment or a credit
 * (negative), with the running balance after it.
 */
public record StatementLine(LocalDate date, Kind kind, String document, String description, Money amount, Money balance) {

    /** What moved the balance. */
    public enum Kind { INVOICE, PAYMENT, CREDIT }

    public StatementLine {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(document, "document");
        description = description == null ? "" : description;
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(balance, "balance");
    }
}
