package org.arbot.core.forecast;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.ar.Invoice;
import org.arbot.core.money.Money;

/** An invoice with every settlement it received, so its balance can be read on any date. */
public record InvoiceHistory(Invoice invoice, List<Settlement> settlements) {

    public InvoiceHistory {
        Objects.requireNonNull(invoice, "invoice");
        settlements = settlements.stream().sorted(Comparator.comparing(Settlement::date)).toList();
    }

    /** The amount still owed at the end of {@code day}; zero before the invoice was issued. */
    public Money balanceOn(LocalDate day) {
        Money zero = Money.zero(invoice.total().currency());
        if (invoice.invoiceDate().isAfter(day)) {
            return zero;
        }
        Money settled = settlements.stream().filter(s -> !s.date().isAfter(day))
                .map(Settlement::amount).reduce(zero, Money::plus);
        return invoice.total().minus(settled).max(zero);
    }

    /** Cash received on this invoice from {@code from} to {@code to}, both inclusive. */
    public Money cashBetween(LocalDate from, LocalDate to) {
        return settlements.stream()
                .filter(s -> s.isCash() && !s.date().isBefore(from) && !s.date().isAfter(to))
                .map(Settlement::amount).reduce(Money.zero(invoice.total().currency()), Money::plus);
    }

    /** The day the balance reached zero, when it did by the end of {@code day}. */
    public Optional<LocalDate> paidBy(LocalDate day) {
        return balanceOn(day).isZero() && !invoice.invoiceDate().isAfter(day) && !settlements.isEmpty()
                ? settlements.stream().map(Settlement::date).filter(d -> !d.isAfter(day)).max(Comparator.naturalOrder())
                : Optional.empty();
    }

    /** The history as it was known at the end of {@code day}: later settlements are not yet known. */
    InvoiceHistory knownOn(LocalDate day) {
        return new InvoiceHistory(invoice, settlements.stream().filter(s -> !s.date().isAfter(day)).toList());
    }
}
