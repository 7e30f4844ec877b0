package org.arbot.core.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.arbot.core.ar.Adjustment;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.Payment;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.money.Money;

/**
 * The receivables of one company in its reporting currency as facts known on {@code asOf}: every invoice with its
 * settlements, so the AR balance, the sales and the cash received can be read for any past day. Invoices in other
 * currencies are left out and counted in {@link #otherCurrencyInvoices()}.
 */
public final class ReceivablesBook {

    private final LocalDate asOf;
    private final Currency currency;
    private final Map<CustomerId, Customer> customers;
    private final List<InvoiceHistory> invoices;
    private final int otherCurrencyInvoices;

    ReceivablesBook(LocalDate asOf, Currency currency, Map<CustomerId, Customer> customers, List<InvoiceHistory> invoices,
            int otherCurrencyInvoices) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.customers = customers;
        this.invoices = invoices.stream().sorted(Comparator.comparing((InvoiceHistory h) -> h.invoice().invoiceDate())).toList();
        this.otherCurrencyInvoices = otherCurrencyInvoices;
    }

    /**
     * Builds the book from what the ledger holds: settlements come from payment applications and adjustments; what they
     * do not explain of an invoice's paid amount is taken as cash on its paid date (or its invoice date when still open).
     */
    public static ReceivablesBook of(LocalDate asOf, Currency currency, List<Customer> customers, List<Invoice> invoices,
            List<Payment> payments, List<Adjustment> adjustments) {
        Map<InvoiceId, List<Settlement>> known = new LinkedHashMap<>();
        for (Payment payment : payments) {
            for (PaymentApplication application : payment.applications()) {
                known.computeIfAbsent(application.invoiceId(), id -> new ArrayList<>()).add(new Settlement(
                        payment.receivedDate(), application.amount(), Settlement.Kind.CASH, payment.id().value()));
            }
        }
        for (Adjustment adjustment : adjustments) {
            adjustment.invoiceId().ifPresent(id -> known.computeIfAbsent(id, k -> new ArrayList<>()).add(new Settlement(
                    adjustment.date(), adjustment.amount(), Settlement.Kind.CREDIT, adjustment.id().value())));
        }
        List<InvoiceHistory> histories = new ArrayList<>();
        int other = 0;
        for (Invoice invoice : invoices) {
            if (!invoice.total().currency().equals(currency)) {
                other++;
                continue;
            }
            histories.add(new InvoiceHistory(invoice, completed(invoice, known.getOrDefault(invoice.id(), List.of()))));
        }
        Map<CustomerId, Customer> byId = customers.stream()
                .collect(Collectors.toMap(Customer::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        return new ReceivablesBook(asOf, currency, byId, histories, other);
    }

    private static List<Settlement> completed(Invoice invoice, List<Settlement> settlements) {
        Money zero = Money.zero(invoice.total().currency());
        Money explained = settlements.stream().map(Settlement::amount).reduce(zero, Money::plus);
        Money reduced = invoice.total().minus(invoice.balance());
        if (!reduced.isGreaterThan(explained)) {
            return settlements;
        }
        List<Settlement> all = new ArrayList<>(settlements);
        all.add(new Settlement(invoice.paidDate().orElse(invoice.invoiceDate()), reduced.minus(explained),
                Settlement.Kind.CASH, invoice.number()));
        return all;
    }

    public LocalDate asOf() {
        return asOf;
    }

    public Currency currency() {
        return currency;
    }

    public Money zero() {
        return Money.zero(currency);
    }

    public List<InvoiceHistory> invoices() {
        return invoices;
    }

    public List<Customer> customers() {
        return List.copyOf(customers.values());
    }

    public Optional<Customer> customer(CustomerId id) {
        return Optional.ofNullable(customers.get(id));
    }

    public int otherCurrencyInvoices() {
        return otherCurrencyInvoices;
    }

    /** The AR balance at the end of {@code day}: the sum of what every invoice still owed. */
    public Money arOn(LocalDate day) {
        return invoices.stream().map(h -> h.balanceOn(day)).reduce(zero(), Money::plus);
    }

    /** Invoiced from {@code from} to {@code to}, both inclusive. */
    public Money salesBetween(LocalDate from, LocalDate to) {
        return invoices.stream().map(InvoiceHistory::invoice)
                .filter(i -> !i.invoiceDate().isBefore(from) && !i.invoiceDate().isAfter(to))
                .map(Invoice::total).reduce(zero(), Money::plus);
    }

    /** Cash received from {@code from} to {@code to}, both inclusive. */
    public Money cashBetween(LocalDate from, LocalDate to) {
        return invoices.stream().map(h -> h.cashBetween(from, to)).reduce(zero(), Money::plus);
    }

    /** Invoices with a balance at the end of {@code day}. */
    public List<InvoiceHistory> openOn(LocalDate day) {
        return invoices.stream().filter(h -> h.balanceOn(day).isPositive()).toList();
    }

    /** The book as it stood at the end of {@code day}: later invoices and settlements are not yet known. */
    public ReceivablesBook knownOn(LocalDate day) {
        List<InvoiceHistory> known = invoices.stream().filter(h -> !h.invoice().invoiceDate().isAfter(day))
                .map(h -> h.knownOn(day)).toList();
        return new ReceivablesBook(day, currency, customers, known, otherCurrencyInvoices);
    }
}
