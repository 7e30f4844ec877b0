package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ar.Adjustment;
import org.arbot.core.ar.AdjustmentId;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.Payment;
import org.arbot.core.ar.PaymentId;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.ledger.AdjustmentPosting;
import org.arbot.core.ledger.CreditUpdate;
import org.arbot.core.ledger.LedgerException;
import org.arbot.core.ledger.NotFoundException;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.ledger.PostResult;
import org.arbot.core.money.Money;

/**
 * Every write the ledger makes. A posting first looks for a record carrying its idempotency key, so the same key
 * never writes twice; after an ambiguous failure (timeout, 5xx) it looks again before trying once more, never blindly.
 */
final class IntacctWrites {

    private final IntacctHttp http;
    private final IntacctReads reads;
    private final WriteRequests requests;
    private final int attempts;

    IntacctWrites(IntacctHttp http, IntacctReads reads, int attempts, IntacctAccounts accounts) {
        this.http = http;
        this.reads = reads;
        this.requests = new WriteRequests(http.json(), accounts);
        this.attempts = attempts;
    }

    Payment postPayment(PaymentPosting posting) {
        for (int attempt = 1; ; attempt++) {
            Optional<Payment> existing = findPayment(posting.idempotencyKey());
            if (existing.isPresent()) {
                return existing.get();
            }
            try {
                JsonNode created = http.send("POST", "/objects/" + PaymentRows.OBJECT, requests.payment(posting));
                return new Payment(PaymentId.of(createdKey(created)), posting.customerId(), posting.receivedDate(),
                        posting.amount(), posting.idempotencyKey(), posting.memo(), posting.applications(), posting.unapplied());
            } catch (LedgerException failure) {
                if (!failure.retryable() || attempt >= attempts) {
                    throw failure;
                }
            }
        }
    }

    Optional<Payment> findPayment(String key) {
        return reads.paymentsReferenced(List.of(key)).stream().findFirst();
    }

    /** Whether many postings go out in composite requests; when not, they are posted one after the other. */
    boolean batches() {
        return reads.composite();
    }

    /** Many postings in few calls: their keys looked up 500 to a query, the rest posted ten to a composite request. */
    List<PostResult> postPayments(List<PaymentPosting> postings) {
        return new PaymentBatches(reads, requests, attempts).post(postings);
    }

    Adjustment postAdjustment(AdjustmentPosting posting) {
        for (int attempt = 1; ; attempt++) {
            try {
                String key = findAdjustmentKey(posting.idempotencyKey()).orElseGet(() -> createdKey(
                        http.send("POST", "/objects/" + AdjustmentRows.OBJECT, requests.adjustment(posting))));
                posting.invoiceId().ifPresent(invoice -> applyCredit(posting, key, invoice));
                return new Adjustment(AdjustmentId.of(key), posting.customerId(), posting.invoiceId(), posting.date(),
                        posting.amount(), posting.kind(), posting.reason(), posting.idempotencyKey());
            } catch (LedgerException failure) {
                if (!failure.retryable() || attempt >= attempts) {
                    throw failure;
                }
            }
        }
    }

    Optional<Adjustment> findAdjustment(String key) {
        return reads.adjustments(Optional.empty(), Optional.of(key)).stream().findFirst();
    }

    private Optional<String> findAdjustmentKey(String reference) {
        return reads.query(AdjustmentRows.OBJECT, List.of("key")).where("$eq", "documentNumber", reference)
                .all(http).stream().findFirst().map(row -> RowValues.text(row, "key"));
    }

    /** Applies the credit memo to its invoice, up to what the invoice still owes, unless an earlier attempt did. */
    private void applyCredit(AdjustmentPosting posting, String adjustmentKey, InvoiceId invoice) {
        if (reads.creditApplied(WriteRequests.APPLICATION_PREFIX + posting.idempotencyKey())) {
            return;
        }
        Money due = RowValues.money(reads.invoice(invoice), "totalTxnAmountDue", posting.amount().currency().getCurrencyCode());
        Money credit = posting.amount().min(due);
        if (credit.isPositive()) {
            http.send("POST", "/objects/" + PaymentRows.OBJECT, requests.creditApplication(posting, adjustmentKey, invoice, credit));
        }
    }

    void decideOrder(SalesOrderId id, boolean release, String reason) {
        String key = reads.orderKey(id).orElseThrow(() -> new NotFoundException("sales order " + id));
        http.send("PATCH", SalesOrderRows.PATH + key, requests.orderDecision(release, reason));
    }

    void updateCredit(CreditUpdate update) {
        var body = requests.credit(update);
        if (body.isEmpty()) {
            return;
        }
        String key = reads.customerKey(update.customerId())
                .orElseThrow(() -> new NotFoundException("customer " + update.customerId()));
        http.send("PATCH", "/objects/" + CustomerRows.OBJECT + "/" + key, body);
    }

    private static String createdKey(JsonNode created) {
        String key = created == null ? null : created.path("ia::result").path("key").asText(null);
        if (key == null || key.isBlank()) {
            throw new LedgerException("malformedResponse", "Intacct created a record but did not return its key", false);
        }
        return key;
    }
}
