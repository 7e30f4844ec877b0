package org.arbot.core.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.Adjustment;
import org.arbot.core.ar.CollectorId;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.InvoiceState;
import org.arbot.core.ar.Payment;
import org.arbot.core.ar.Terms;
import org.arbot.core.money.Money;

/** Test fixtures: customers, invoices and small books in USD. */
final class Books {

    private final List<Customer> customers = new ArrayList<>();
    private final List<Invoice> invoices = new ArrayList<>();
    private final List<Payment> payments = new ArrayList<>();
    private final List<Adjustment> adjustments = new ArrayList<>();
    private int sequence;

    static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static Customer customer(String id, Terms terms) {
        return new Customer(CustomerId.of(id), id + " Inc", Optional.empty(), usd("100000.00"), terms,
                CollectorId.of("ann"), false, List.of());
    }

    Books customer(String id, int netDays) {
        customers.add(customer(id, Terms.net(netDays)));
        return this;
    }

    /** An invoice due {@code netDays} after its date, paid in full on {@code paid} (or still open when null). */
    Books invoice(String customer, String date, int netDays, String amount, String paid) {
        LocalDate issued = day(date);
        Money total = usd(amount);
        boolean isPaid = paid != null;
        invoices.add(new Invoice(InvoiceId.of("I" + (++sequence)), "INV-" + (1000 + sequence), CustomerId.of(customer),
                issued, issued.plusDays(netDays), total, isPaid ? Money.zero(total.currency()) : total, Optional.empty(),
                isPaid ? InvoiceState.PAID : InvoiceState.POSTED, isPaid ? Optional.of(day(paid)) : Optional.empty()));
        return this;
    }

    Books payment(Payment payment) {
        payments.add(payment);
        return this;
    }

    Books adjustment(Adjustment adjustment) {
        adjustments.add(adjustment);
        return this;
    }

    List<Invoice> invoices() {
        return invoices;
    }

    ReceivablesBook asOf(String date) {
        return ReceivablesBook.of(day(date), Money.currencyOf("USD"), customers, invoices, payments, adjustments);
    }
}
