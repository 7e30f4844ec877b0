package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.arbot.core.ar.Payment;
import org.arbot.core.ar.PaymentId;
import org.arbot.core.ledger.LedgerException;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.ledger.PostResult;

/**
 * Posts many payments in few calls: one {@code referenceNumber $in} query per {@value IntacctReads#IN_CHUNK} keys
 * finds what is already there, then the rest go out ten to a composite request. A sub-request Intacct refuses is
 * refused alone; the ones the composite skipped after it are sent again; after an ambiguous failure (timeout, 5xx)
 * the keys are looked up again before anything is resent, so a key never writes twice. A key found by the first
 * lookup was there before the batch ({@code wrote} false); one found by a later lookup was written by it.
 */
final class PaymentBatches {

    private final IntacctReads reads;
    private final WriteRequests requests;
    private final int attempts;

    PaymentBatches(IntacctReads reads, WriteRequests requests, int attempts) {
        this.reads = reads;
        this.requests = requests;
        this.attempts = attempts;
    }

    /** One result per posting, in order; a key given twice answers the same result twice. */
    List<PostResult> post(List<PaymentPosting> postings) {
        Map<String, PaymentPosting> byKey = new LinkedHashMap<>();
        postings.forEach(posting -> byKey.putIfAbsent(posting.idempotencyKey(), posting));
        Map<String, Payment> posted = new LinkedHashMap<>();
        Set<String> before = new HashSet<>();
        Map<String, LedgerException> refused = new LinkedHashMap<>();
        Map<String, LedgerException> ambiguous = new LinkedHashMap<>();
        List<PaymentPosting> pending = new ArrayList<>(byKey.values());
        for (int round = 1; !pending.isEmpty(); round++) {
            reads.paymentsReferenced(pending.stream().map(PaymentPosting::idempotencyKey).toList())
                    .forEach(payment -> posted.put(payment.reference(), payment));
            if (round == 1) {
                before.addAll(posted.keySet());
            }
            pending = pending.stream().filter(posting -> !posted.containsKey(posting.idempotencyKey())).toList();
            if (round > attempts) {
                pending.forEach(posting -> refused.put(posting.idempotencyKey(), ambiguous.get(posting.idempotencyKey())));
                break;
            }
            ambiguous.clear();
            send(pending, posted, refused, ambiguous);
            pending = pending.stream().filter(posting -> ambiguous.containsKey(posting.idempotencyKey())).toList();
        }
        return postings.stream().map(PaymentPosting::idempotencyKey).<PostResult>map(key -> posted.containsKey(key)
                ? new PostResult.Posted(key, posted.get(key), !before.contains(key))
                : new PostResult.Refused(key, refused.getOrDefault(key, new LedgerException("malformedResponse",
                        "Intacct did not say what became of the payment", true)))).toList();
    }

    private void send(List<PaymentPosting> postings, Map<String, Payment> posted, Map<String, LedgerException> refused,
            Map<String, LedgerException> ambiguous) {
        Deque<PaymentPosting> queue = new ArrayDeque<>(postings);
        while (!queue.isEmpty()) {
            List<PaymentPosting> chunk = new ArrayList<>();
            while (!queue.isEmpty() && chunk.size() < IntacctComposite.MAX) {
                chunk.add(queue.poll());
            }
            if (chunk.size() < IntacctComposite.MIN) {
                sendOne(chunk.get(0), posted, refused, ambiguous);
                continue;
            }
            List<IntacctComposite.Outcome> outcomes;
            try {
                outcomes = new IntacctComposite(reads.http()).send(chunk.stream().map(this::subRequest).toList());
            } catch (LedgerException failure) {
                chunk.forEach(posting -> (failure.retryable() ? ambiguous : refused).put(posting.idempotencyKey(), failure));
                continue;
            }
            List<PaymentPosting> skipped = new ArrayList<>();
            for (int i = 0; i < chunk.size(); i++) {
                PaymentPosting posting = chunk.get(i);
                IntacctComposite.Outcome outcome = outcomes.get(i);
                if (outcome instanceof IntacctComposite.Done done) {
                    created(posting, done.result(), posted, ambiguous);
                } else if (outcome instanceof IntacctComposite.Failed failed) {
                    (failed.error().retryable() ? ambiguous : refused).put(posting.idempotencyKey(), failed.error());
                } else {
                    skipped.add(posting);
                }
            }
            if (skipped.size() == chunk.size()) {
                LedgerException none = new LedgerException("malformedResponse", "the composite service ran none of its sub-requests", true);
                skipped.forEach(posting -> ambiguous.put(posting.idempotencyKey(), none));
            } else {
                for (int i = skipped.size() - 1; i >= 0; i--) {
                    queue.addFirst(skipped.get(i));
                }
            }
        }
    }

    /** The create of one payment, as a composite sub-request. */
    IntacctComposite.SubRequest subRequest(PaymentPosting posting) {
        return new IntacctComposite.SubRequest("POST", "/objects/" + PaymentRows.OBJECT, requests.payment(posting));
    }

    private void sendOne(PaymentPosting posting, Map<String, Payment> posted, Map<String, LedgerException> refused,
            Map<String, LedgerException> ambiguous) {
        try {
            JsonNode created = reads.http().send("POST", "/objects/" + PaymentRows.OBJECT, requests.payment(posting));
            created(posting, created == null ? null : created.path("ia::result"), posted, ambiguous);
        } catch (LedgerException failure) {
            (failure.retryable() ? ambiguous : refused).put(posting.idempotencyKey(), failure);
        }
    }

    /** A created payment whose key did not come back is looked up by its idempotency key in the next round. */
    private static void created(PaymentPosting posting, JsonNode reference, Map<String, Payment> posted,
            Map<String, LedgerException> ambiguous) {
        String key = reference == null ? null : reference.path("key").asText(null);
        if (key == null || key.isBlank()) {
            ambiguous.put(posting.idempotencyKey(), new LedgerException("malformedResponse",
                    "Intacct created a payment but did not return its key", true));
            return;
        }
        posted.put(posting.idempotencyKey(), new Payment(PaymentId.of(key), posting.customerId(), posting.receivedDate(), posting.amount(),
                posting.idempotencyKey(), posting.memo(), posting.applications(), posting.unapplied()));
    }
}
