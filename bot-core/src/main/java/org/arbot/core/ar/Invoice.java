package org.arbot.core.ar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.money.Money;

/**
 * An AR invoice with what is still owed on it.
 *
 * @param number the number printed on the invoice and quoted on remittances (e.g. {@code INV-0001234})
 * @param balance the open amount; zero once paid
 * @param poNumber the customer's purchase order number, when they gave one
 * @param paidDate the date the invoice was fully paid, for payment-history statistics
 */
public record Invoice(
        InvoiceId id,
        String number,
        CustomerId customerId,
        LocalDate invoiceDate,
        LocalDate dueDate,
        Money total,
        Money balance,
        Optional<String> poNumber,
        InvoiceState state,
        Optional<LocalDate> paidDate) {

    public Invoice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(invoiceDate, "invoiceDate");
        Objects.requireNonNull(dueDate, "dueDate");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(poNumber, "poNumber");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(paidDate, "paidDate");
        if (!total.currency().equals(balance.currency())) {
            throw new IllegalArgumentException("invoice " + number + " mixes currencies: total " + total + ", balance " + balance);
        }
        if (dueDate.isBefore(invoiceDate)) {
            throw new IllegalArgumentException("invoice " + number + " is due " + dueDate + " before its date " + invoiceDate);
        }
    }

    /**
     * By id only: equal invoices have equal ids, and hashing every field (amounts, dates, options) made invoices
     * slow keys in the maps cash application builds per payment.
     */
    @Override
    public int hashCode() {
        return id.hashCode();
    }

    public boolean isOpen() {
        return state.isOpen() && balance.isPositive();
    }

    /** Days past due on {@code asOf}; zero or negative while not yet due. */
    public long daysPastDue(LocalDate asOf) {
        return ChronoUnit.DAYS.between(dueDate, asOf);
    }

    /** Days from invoice to full payment, when paid. */
    public Optional<Long> daysToPay() {
        return paidDate.map(paid -> ChronoUnit.DAYS.between(invoiceDate, paid));
    }

    /** The invoice after {@code amount} has been applied to it; the state follows the remaining balance. */
    public Invoice applied(Money amount, LocalDate on) {
        if (amount.isGreaterThan(balance)) {
            throw new IllegalArgumentException("cannot apply " + amount + " to invoice " + number + " with balance " + balance);
        }
        Money left = balance.minus(amount);
        InvoiceState next = left.isZero() ? InvoiceState.PAID : InvoiceState.PARTIALLY_PAID;
        return new Invoice(id, number, customerId, invoiceDate, dueDate, total, left, poNumber, next,
                left.isZero() ? Optional.of(on) : Optional.empty());
    }
}
