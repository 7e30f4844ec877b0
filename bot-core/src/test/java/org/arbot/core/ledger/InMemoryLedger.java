package org.arbot.core.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.arbot.core.ar.Adjustment;
import org.arbot.core.ar.AdjustmentId;
import org.arbot.core.ar.ApprovalState;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.Payment;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ar.PaymentId;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.ar.SalesOrderId;

/** A ledger held in memory, for tests of code that reads and writes through the {@link Ledger} port. */
public final class InMemoryLedger implements Ledger {

    private final Map<CustomerId, Customer> customers = new LinkedHashMap<>();
    private final Map<InvoiceId, Invoice> invoices = new LinkedHashMap<>();
    private final Map<SalesOrderId, SalesOrder> orders = new LinkedHashMap<>();
    private final Map<BankLineId, BankLine> bankLines = new LinkedHashMap<>();
    private final List<Payment> payments = new ArrayList<>();
    private final List<Adjustment> adjustments = new ArrayList<>();
    private final Map<String, Payment> paymentsByKey = new LinkedHashMap<>();
    private final Map<String, Adjustment> adjustmentsByKey = new LinkedHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger(1000);
    private final AtomicInteger writes = new AtomicInteger();

    public InMemoryLedger add(Customer customer) {
        customers.put(customer.id(), customer);
        return this;
    }

    public InMemoryLedger add(Invoice invoice) {
        invoices.put(invoice.id(), invoice);
        return this;
    }

    public InMemoryLedger add(SalesOrder order) {
        orders.put(order.id(), order);
        return this;
    }

    public InMemoryLedger add(BankLine line) {
        bankLines.put(line.id(), line);
        return this;
    }

    /** How many writes reached this ledger: the figure exactly-once tests count. */
    public int writes() {
        return writes.get();
    }

    @Override
    public synchronized List<Customer> customers() {
        return List.copyOf(customers.values());
    }

    @Override
    public synchronized Optional<Customer> customer(CustomerId id) {
        return Optional.ofNullable(customers.get(id));
    }

    @Override
    public synchronized List<Invoice> openInvoices() {
        return invoices.values().stream().filter(Invoice::isOpen).sorted(Comparator.comparing(Invoice::dueDate)).toList();
    }

    @Override
    public synchronized List<Invoice> openInvoices(CustomerId customer) {
        return openInvoices().stream().filter(i -> i.customerId().equals(customer)).toList();
    }

    @Override
    public synchronized List<Invoice> paidInvoices(LocalDate since) {
        return invoices.values().stream()
                .filter(i -> i.paidDate().filter(d -> !d.isBefore(since)).isPresent())
                .toList();
    }

    @Override
    public synchronized List<SalesOrder> ordersAwaitingApproval() {
        return orders.values().stream().filter(SalesOrder::awaitsCreditDecision).toList();
    }

    @Override
    public synchronized Optional<SalesOrder> salesOrder(SalesOrderId id) {
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public synchronized List<BankLine> unappliedBankLines() {
        return List.copyOf(bankLines.values());
    }

    @Override
    public synchronized List<Payment> payments(LocalDate since) {
        return payments.stream().filter(p -> !p.receivedDate().isBefore(since)).toList();
    }

    @Override
    public synchronized List<Adjustment> adjustments(LocalDate since) {
        return adjustments.stream().filter(a -> !a.date().isBefore(since)).toList();
    }

    @Override
    public synchronized Payment postPayment(PaymentPosting posting) {
        Payment existing = paymentsByKey.get(posting.idempotencyKey());
        if (existing != null) {
            return existing;
        }
        requireCustomer(posting.customerId());
        for (PaymentApplication application : posting.applications()) {
            Invoice invoice = invoices.get(application.invoiceId());
            if (invoice == null) {
                throw new NotFoundException("invoice " + application.invoiceId());
            }
            if (!invoice.customerId().equals(posting.customerId())) {
                throw new LedgerException("invalidRequest", "invoice " + invoice.number() + " belongs to another customer", false);
            }
            if (application.amount().isGreaterThan(invoice.balance())) {
                throw new LedgerException("invalidRequest", "payment amount " + application.amount()
                        + " exceeds the amount due " + invoice.balance() + " on invoice " + invoice.number(), false);
            }
        }
        for (PaymentApplication application : posting.applications()) {
            invoices.computeIfPresent(application.invoiceId(), (id, invoice) -> invoice.applied(application.amount(), posting.receivedDate()));
        }
        posting.bankLine().ifPresent(bankLines::remove);
        Payment payment = new Payment(PaymentId.of(String.valueOf(sequence.incrementAndGet())), posting.customerId(),
                posting.receivedDate(), posting.amount(), posting.idempotencyKey(), posting.memo(),
                posting.applications(), posting.unapplied());
        payments.add(payment);
        paymentsByKey.put(posting.idempotencyKey(), payment);
        writes.incrementAndGet();
        return payment;
    }

    @Override
    public synchronized Optional<Payment> findPayment(String idempotencyKey) {
        return Optional.ofNullable(paymentsByKey.get(idempotencyKey));
    }

    @Override
    public synchronized Adjustment postAdjustment(AdjustmentPosting posting) {
        Adjustment existing = adjustmentsByKey.get(posting.idempotencyKey());
        if (existing != null) {
            return existing;
        }
        requireCustomer(posting.customerId());
        posting.invoiceId().ifPresent(id -> {
            Invoice invoice = invoices.get(id);
            if (invoice == null) {
                throw new NotFoundException("invoice " + id);
            }
            invoices.put(id, invoice.applied(posting.amount().min(invoice.balance()), posting.date()));
        });
        Adjustment adjustment = new Adjustment(AdjustmentId.of(String.valueOf(sequence.incrementAndGet())),
                posting.customerId(), posting.invoiceId(), posting.date(), posting.amount(), posting.kind(),
                posting.reason(), posting.idempotencyKey());
        adjustments.add(adjustment);
        adjustmentsByKey.put(posting.idempotencyKey(), adjustment);
        writes.incrementAndGet();
        return adjustment;
    }

    @Override
    public synchronized Optional<Adjustment> findAdjustment(String idempotencyKey) {
        return Optional.ofNullable(adjustmentsByKey.get(idempotencyKey));
    }

    @Override
    public synchronized SalesOrder releaseOrder(SalesOrderId id, String reason) {
        return decide(id, ApprovalState.APPROVED, reason);
    }

    @Override
    public synchronized SalesOrder declineOrder(SalesOrderId id, String reason) {
        return decide(id, ApprovalState.DECLINED, reason);
    }

    @Override
    public synchronized Customer updateCredit(CreditUpdate update) {
        Customer customer = requireCustomer(update.customerId());
        Customer updated = new Customer(customer.id(), customer.name(), customer.parentId(),
                update.creditLimit().orElse(customer.creditLimit()), customer.terms(), customer.collector(),
                update.onHold().orElse(customer.onHold()), customer.aliases());
        customers.put(updated.id(), updated);
        writes.incrementAndGet();
        return updated;
    }

    private SalesOrder decide(SalesOrderId id, ApprovalState state, String reason) {
        SalesOrder order = orders.get(id);
        if (order == null) {
            throw new NotFoundException("sales order " + id);
        }
        SalesOrder decided = new SalesOrder(order.id(), order.customerId(), order.orderDate(), order.amount(), state, reason);
        orders.put(id, decided);
        writes.incrementAndGet();
        return decided;
    }

    private Customer requireCustomer(CustomerId id) {
        Customer customer = customers.get(id);
        if (customer == null) {
            throw new NotFoundException("customer " + id);
        }
        return customer;
    }
}
