package org.arbot.core.ledger;

import java.util.Objects;
import org.arbot.core.ar.Payment;

/**
 * What became of one posting in a batch of payments: the ledger holds a payment under its idempotency key, or it refused
 * the posting. A refusal concerns that posting alone.
 */
public sealed interface PostResult {

    String idempotencyKey();

    /** The ledger holds {@code payment} under the key: written by this call ({@code wrote}) or found from an earlier one. */
    record Posted(String idempotencyKey, Payment payment, boolean wrote) implements PostResult {
        public Posted {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(payment, "payment");
        }
    }

    /**
     * The ledger refused the posting ({@code error} carries its code and message), or could not say whether it took it
     * ({@link LedgerException#retryable()}: look the key up before posting again).
     */
    record Refused(String idempotencyKey, LedgerException error) implements PostResult {
        public Refused {
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            Objects.requireNonNull(error, "error");
        }
    }
}
