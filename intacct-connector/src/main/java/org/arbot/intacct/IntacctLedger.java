package org.arbot.intacct;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import org.arbot.core.ledger.NotFoundException;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.ledger.PostResult;
import org.arbot.core.ledger.events.LedgerEvents;

/**
 * The {@link Ledger} over Sage Intacct's REST API v1: reads through the query service (every page), writes through the
 * accounts-receivable and order-entry object endpoints with the idempotency key stored on the record.
 */
public final class IntacctLedger implements Ledger {

    /** A create that failed ambiguously is looked up, then sent again, at most this many times in all. */
    private static final int WRITE_ATTEMPTS = 3;
    /** The query service's page size when a request names none. */
    private static final int UNBATCHED_PAGE = 100;

    private final IntacctReads reads;
    private final IntacctWrites writes;
    private final Optional<CustomerCache> cache;
    private final IntacctEventQueue events;

    IntacctLedger(IntacctHttp http, int pageSize, int writeAttempts, IntacctAccounts accounts) {
        this(new IntacctReads(http, pageSize), http, writeAttempts, accounts, Optional.empty());
    }

    private IntacctLedger(IntacctReads reads, int writeAttempts, IntacctAccounts accounts) {
        this(reads, reads.http(), writeAttempts, accounts, Optional.empty());
    }

    private IntacctLedger(IntacctReads reads, IntacctHttp http, int writeAttempts, IntacctAccounts accounts,
            Optional<CustomerCache> cache) {
        this.reads = reads;
        this.writes = new IntacctWrites(http, reads, writeAttempts, accounts);
        this.cache = cache;
        this.events = new IntacctEventQueue(http);
    }

    private IntacctLedger(IntacctLedger ledger, CustomerCache cache) {
        this.reads = ledger.reads;
        this.writes = ledger.writes;
        this.cache = Optional.of(cache);
        this.events = ledger.events;
    }

    /** The company's trigger event queue, through the same token and concurrency limit as the ledger's calls. */
    public IntacctEventQueue eventQueue() {
        return events;
    }

    /**
     * This ledger with customers and their terms cached for {@code timeToLive} by {@code clock}; the cache is dropped
     * by a credit update and by every event given to {@link #cacheInvalidation()}.
     */
    public IntacctLedger cachingCustomers(Duration timeToLive, Clock clock) {
        return new IntacctLedger(this, new CustomerCache(timeToLive, clock));
    }

    /** Where ledger events go to drop the cached customers (a no-op for a ledger without a cache). */
    public LedgerEvents cacheInvalidation() {
        return event -> cache.ifPresent(CustomerCache::invalidate);
    }

    /** A ledger for the company the settings name, writing to the default GL accounts; nothing is sent until the first call. */
    public static IntacctLedger connect(IntacctSettings settings, Clock clock) {
        return connect(settings, IntacctAccounts.defaults(), clock);
    }

    /** A ledger for the company the settings name, writing to the given GL accounts; nothing is sent until the first call. */
    public static IntacctLedger connect(IntacctSettings settings, IntacctAccounts accounts, Clock clock) {
        return connect(settings, clock, IntacctQuery.MAX_PAGE, IntacctCalls.standard(settings.timeout()), accounts);
    }

    /**
     * A ledger that sends every query on its own in pages of 100 (the query service's default size) and every write
     * as its own call: the baseline {@code arbot bench intacct-calls} measures the batched client against.
     */
    public static IntacctLedger connectUnbatched(IntacctSettings settings, Clock clock) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        IntacctHttp http = new IntacctHttp(settings, clock, client, new ObjectMapper(), IntacctCalls.standard(settings.timeout()));
        return new IntacctLedger(new IntacctReads(http, UNBATCHED_PAGE, false), WRITE_ATTEMPTS, IntacctAccounts.defaults());
    }

    static IntacctLedger connect(IntacctSettings settings, Clock clock, int pageSize) {
        return connect(settings, clock, pageSize, IntacctCalls.standard(settings.timeout()));
    }

    static IntacctLedger connect(IntacctSettings settings, Clock clock, int pageSize, IntacctCalls calls) {
        return connect(settings, clock, pageSize, calls, IntacctAccounts.defaults());
    }

    private static IntacctLedger connect(IntacctSettings settings, Clock clock, int pageSize, IntacctCalls calls,
            IntacctAccounts accounts) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        return new IntacctLedger(new IntacctHttp(settings, clock, client, new ObjectMapper(), calls), pageSize,
                WRITE_ATTEMPTS, accounts);
    }

    @Override
    public List<Customer> customers() {
        return cache.map(c -> c.all(() -> reads.customers(Optional.empty())))
                .orElseGet(() -> reads.customers(Optional.empty()));
    }

    @Override
    public Optional<Customer> customer(CustomerId id) {
        if (cache.isPresent()) {
            return customers().stream().filter(customer -> customer.id().equals(id)).findFirst();
        }
        return reads.customers(Optional.of(id)).stream().findFirst();
    }

    @Override
    public List<Invoice> openInvoices() {
        return reads.openInvoices(Optional.empty());
    }

    @Override
    public List<Invoice> openInvoices(CustomerId customer) {
        return reads.openInvoices(Optional.of(customer));
    }

    @Override
    public List<Invoice> paidInvoices(LocalDate since) {
        return reads.paidInvoices(since);
    }

    @Override
    public List<SalesOrder> ordersAwaitingApproval() {
        return reads.orders(Optional.empty()).stream().filter(SalesOrder::awaitsCreditDecision).toList();
    }

    @Override
    public Optional<SalesOrder> salesOrder(SalesOrderId id) {
        return reads.orders(Optional.of(id)).stream().findFirst();
    }

    @Override
    public List<BankLine> unappliedBankLines() {
        return reads.unappliedBankLines();
    }

    @Override
    public List<Payment> payments(LocalDate since) {
        return reads.payments(since);
    }

    @Override
    public List<Adjustment> adjustments(LocalDate since) {
        return reads.adjustments(Optional.of(since), Optional.empty());
    }

    @Override
    public Payment postPayment(PaymentPosting posting) {
        return writes.postPayment(posting);
    }

    /**
     * Posts many payments with their applications in few calls: one lookup of their idempotency keys per 500, then
     * composite requests of ten (one after the other on a ledger without composite requests). Each key is written at
     * most once, whatever was posted before; a posting Intacct refuses is answered {@link PostResult.Refused} with
     * Intacct's error and the others go on.
     */
    @Override
    public List<PostResult> postPayments(List<PaymentPosting> postings) {
        return writes.batches() ? writes.postPayments(postings) : Ledger.super.postPayments(postings);
    }

    @Override
    public Optional<Payment> findPayment(String idempotencyKey) {
        return writes.findPayment(idempotencyKey);
    }

    @Override
    public Adjustment postAdjustment(AdjustmentPosting posting) {
        return writes.postAdjustment(posting);
    }

    @Override
    public Optional<Adjustment> findAdjustment(String idempotencyKey) {
        return writes.findAdjustment(idempotencyKey);
    }

    @Override
    public SalesOrder releaseOrder(SalesOrderId id, String reason) {
        writes.decideOrder(id, true, reason);
        return salesOrder(id).orElseThrow(() -> new NotFoundException("sales order " + id));
    }

    @Override
    public SalesOrder declineOrder(SalesOrderId id, String reason) {
        writes.decideOrder(id, false, reason);
        return salesOrder(id).orElseThrow(() -> new NotFoundException("sales order " + id));
    }

    @Override
    public Customer updateCredit(CreditUpdate update) {
        writes.updateCredit(update);
        cache.ifPresent(CustomerCache::invalidate);
        return customer(update.customerId()).orElseThrow(() -> new NotFoundException("customer " + update.customerId()));
    }
}
