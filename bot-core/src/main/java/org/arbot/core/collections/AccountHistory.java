package org.arbot.core.collections;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.Payment;

/**
 * Builds {@link AccountFacts} for many customers from one read of the company's open and paid invoices, its payments,
 * the promises to pay and the open disputes.
 */
final class AccountHistory {

    private final Map<CustomerId, List<Invoice>> open;
    private final Map<CustomerId, List<Invoice>> paid;
    private final Map<CustomerId, List<Payment>> payments;
    private final PromisesToPay promises;
    private final OpenDisputes disputes;

    AccountHistory(List<Invoice> open, List<Invoice> paid, List<Payment> payments, PromisesToPay promises,
                   OpenDisputes disputes) {
        this.open = byCustomer(open, Invoice::customerId);
        this.paid = byCustomer(paid, Invoice::customerId);
        this.payments = byCustomer(payments, Payment::customerId);
        this.promises = promises;
        this.disputes = disputes;
    }

    AccountFacts facts(Customer customer, LocalDate asOf) {
        List<Invoice> openInvoices = open.getOrDefault(customer.id(), List.of());
        List<Invoice> paidInvoices = paid.getOrDefault(customer.id(), List.of());
        List<Payment> received = payments.getOrDefault(customer.id(), List.of());
        List<PromiseToPay> promised = promises.of(customer.id());
        int broken = (int) promised.stream()
                .filter(p -> !p.deadline().isBefore(asOf.minusMonths(Lateness.RECENT_MONTHS)))
                .filter(p -> PromiseStatus.of(p, received, asOf) == PromiseStatus.BROKEN).count();
        Optional<PromiseToPay> pending = promised.stream()
                .filter(p -> PromiseStatus.of(p, received, asOf) == PromiseStatus.PENDING)
                .reduce((first, second) -> second);
        return new AccountFacts(customer, asOf, AgingBuckets.of(openInvoices, asOf, customer.creditLimit().currency()),
                openInvoices.stream().filter(i -> i.daysPastDue(asOf) > 0).toList(),
                Lateness.usual(paidInvoices, asOf), Lateness.spread(paidInvoices, asOf), Lateness.recent(paidInvoices, asOf), broken, pending,
                disputes.count(customer.id()));
    }

    private static <T> Map<CustomerId, List<T>> byCustomer(List<T> items, Function<T, CustomerId> customer) {
        return items.stream().collect(Collectors.groupingBy(customer));
    }
}
