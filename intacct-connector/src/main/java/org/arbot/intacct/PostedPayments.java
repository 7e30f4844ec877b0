package org.arbot.intacct;

import java.util.List;
import java.util.Map;
import org.arbot.core.ar.Payment;
import org.arbot.core.ledger.LedgerException;

/**
 * What a batch of payment postings came to: the payments that carry each posted idempotency key (posted now or found
 * already there), and the postings Intacct refused, by idempotency key, with Intacct's error. A refused posting
 * loses nothing else in the batch.
 */
public record PostedPayments(List<Payment> posted, Map<String, LedgerException> refused) {

    public PostedPayments {
        posted = List.copyOf(posted);
        refused = Map.copyOf(refused);
    }
}
