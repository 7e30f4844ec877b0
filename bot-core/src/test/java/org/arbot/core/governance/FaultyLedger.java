package org.arbot.core.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.arbot.core.ar.Adjustment;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.Payment;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.ledger.AdjustmentPosting;
import org.arbot.core.ledger.CreditUpdate;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.ledger.PostResult;

/**
 * A ledger in front of another that can fail the next write before it reaches the ledger, or throw right after the
 * ledger wrote: the crash between the ledger call and the database commit.
 */
public final class FaultyLedger implements Ledger {

    private final Ledger ledger;
    private final AtomicReference<Supplier<? extends Throwable>> before = new AtomicReference<>();
    private final AtomicReference<Supplier<? extends Throwable>> after = new AtomicReference<>();

    public FaultyLedger(Ledger ledger) {
        this.ledger = ledger;
    }

    /** The next write throws this instead of reaching the ledger. */
    public FaultyLedger failNextWrite(Supplier<? extends RuntimeException> failure) {
        before.set(failure);
        return this;
    }

    /** The next write reaches the ledger, then throws this (an {@link Error} stands for the process dying). */
    public FaultyLedger throwAfterNextWrite(Supplier<? extends Throwable> failure) {
        after.set(failure);
        return this;
    }

    private <T> T write(Supplier<T> call) {
        throwIfSet(before);
        T result = call.get();
        throwIfSet(after);
        return result;
    }

    private static void throwIfSet(AtomicReference<Supplier<? extends Throwable>> fault) {
        Supplier<? extends Throwable> failure = fault.getAndSet(null);
        if (failure == null) {
            return;
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw (Error) thrown;
    }

    @Override
    public List<Customer> customers() {
        return ledger.customers();
    }

    @Override
    public Optional<Customer> customer(CustomerId id) {
        return ledger.customer(id);
    }

    @Override
    public List<Invoice> openInvoices() {
        return ledger.openInvoices();
    }

    @Override
    public List<Invoice> openInvoices(CustomerId customer) {
        return ledger.openInvoices(customer);
    }

    @Override
    public List<Invoice> paidInvoices(LocalDate since) {
        return ledger.paidInvoices(since);
    }

    @Override
    public List<SalesOrder> ordersAwaitingApproval() {
        return ledger.ordersAwaitingApproval();
    }

    @Override
    public Optional<SalesOrder> salesOrder(SalesOrderId id) {
        return ledger.salesOrder(id);
    }

    @Override
    public List<BankLine> unappliedBankLines() {
        return ledger.unappliedBankLines();
    }

    @Override
    public List<Payment> payments(LocalDate since) {
        return ledger.payments(since);
    }

    @Override
    public List<Adjustment> adjustments(LocalDate since) {
        return ledger.adjustments(since);
    }

    @Override
    public Payment postPayment(PaymentPosting posting) {
        return write(() -> ledger.postPayment(posting));
    }

    /** The whole batch is one write: a fault set fails it all before it reaches the ledger, or after the ledger took it. */
    @Override
    public List<PostResult> postPayments(List<PaymentPosting> postings) {
        return write(() -> ledger.postPayments(postings));
    }

    @Override
    public Optional<Payment> findPayment(String idempotencyKey) {
        return ledger.findPayment(idempotencyKey);
    }

    @Override
    public Adjustment postAdjustment(AdjustmentPosting posting) {
        return write(() -> ledger.postAdjustment(posting));
    }

    @Override
    public Optional<Adjustment> findAdjustment(String idempotencyKey) {
        return ledger.findAdjustment(idempotencyKey);
    }

    @Override
    public SalesOrder releaseOrder(SalesOrderId id, String reason) {
        return write(() -> ledger.releaseOrder(id, reason));
    }

    @Override
    public SalesOrder declineOrder(SalesOrderId id, String reason) {
        return write(() -> ledger.declineOrder(id, reason));
    }

    @Override
    public Customer updateCredit(CreditUpdate update) {
        return write(() -> ledger.updateCredit(update));
    }
}
