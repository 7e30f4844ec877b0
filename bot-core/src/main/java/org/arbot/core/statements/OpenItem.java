package org.arbot.core.statements;

import java.time.LocalDate;
import java.util.Objects;
import org.arbot.core.money.Money;

/** An invoice still open at the statement's end, with its age. */
public record OpenItem(String number, LocalDate invoiceDate, LocalDate dueDate, Money total, Money balance,
        long daysPastDue) {

    public OpenItem {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(balance, "balance");
    }
}
