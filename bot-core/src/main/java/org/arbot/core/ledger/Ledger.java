package org.arbot.core.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
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

/**
 * The accounting system of record, as the bot reads and writes it.
 *
 * <p>Reads return complete lists (every page). Every write carries an idempotency key that the ledger stores on the
 * record it creates, so that {@link #findPayment(String)} and {@link #findAdjustment(String)} can tell, after an
 * ambiguous failure, whether the write happened. Failures are {@link LedgerException}s carrying the ledger's own code
 * and message.
 */
public interface Ledger {

    List<Customer> customers();

    Optional<Customer> customer(CustomerId id);

    /** Every open invoice of the company (posted or partially paid, with a balance). */
    List<Invoice> openInvoices();

    List<Invoice> openInvoices(CustomerId customer);

    /** Invoices fully paid on or after {@code since}, with their paid dates: the payment history. */
    List<Invoice> paidInvoices(LocalDate since);

    /** Sales orders waiting for a credit decision. */
    List<SalesOrder> ordersAwaitingApproval();

    Optional<SalesOrder> salesOrder(SalesOrderId id);

    /** Bank lines received but not yet applied. */
    List<BankLine> unappliedBankLines();

    List<Payment> payments(LocalDate since);

    List<Adjustment> adjustments(LocalDate since);

    /** Posts a received payment with its invoice applications; the balance of each invoice falls accordingly. */
    Payment postPayment(PaymentPosting posting);

    /** The payment posted with this idempotency key, if any. */
    Optional<Payment> findPayment(String idempotencyKey);

    /**
     * Posts many payments, each key at most once: one result per posting, in the order given. A posting whose key the
     * ledger already holds is answered with that payment and not written again; a refused posting fails alone and the
     * others go on. This default looks each key up and posts the missing ones one after the other; a ledger with bulk
     * requests overrides it to do the same in fewer calls.
     */
    default List<PostResult> postPayments(List<PaymentPosting> postings) {
        List<PostResult> results = new ArrayList<>();
        for (PaymentPosting posting : postings) {
            String key = posting.idempotencyKey();
            try {
                Optional<Payment> existing = findPayment(key);
                results.add(existing.isPresent() ? new PostResult.Posted(key, existing.get(), false)
                        : new PostResult.Posted(key, postPayment(posting), true));
            } catch (LedgerException refused) {
                results.add(new PostResult.Refused(key, refused));
            }
        }
        return results;
    }

    /** Creates and posts an AR adjustment (a write-off or credit for a deduction). */
    Adjustment postAdjustment(AdjustmentPosting posting);

    /** The adjustment posted with this idempotency key, if any. */
    Optional<Adjustment> findAdjustment(String idempotencyKey);

    /** Releases an order held for credit so it can be fulfilled; the reason is recorded with it. */
    SalesOrder releaseOrder(SalesOrderId id, String reason);

    /** Keeps an order held (credit declined); the reason is recorded with it. */
    SalesOrder declineOrder(SalesOrderId id, String reason);

    /** Changes a customer's credit limit, terms or hold flag; fields left empty stay as they are. */
    Customer updateCredit(CreditUpdate update);
}
