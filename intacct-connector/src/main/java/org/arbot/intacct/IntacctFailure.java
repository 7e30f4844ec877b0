package org.arbot.intacct;

import java.time.Duration;
import java.util.Optional;
import org.arbot.core.ledger.LedgerException;

/**
 * A failure on the way to Intacct that says more than {@link LedgerException}: how long Intacct asked us to wait
 * ({@code Retry-After}) and whether the request certainly did nothing (rate-limited, connection refused), which makes
 * even a create safe to send again.
 */
final class IntacctFailure extends LedgerException {

    private final transient Optional<Duration> retryAfter;
    private final boolean notProcessed;

    IntacctFailure(String code, String message, Optional<Duration> retryAfter, boolean notProcessed, Throwable cause) {
        super(code, message, true, cause);
        this.retryAfter = retryAfter;
        this.notProcessed = notProcessed;
    }

    Optional<Duration> retryAfter() {
        return retryAfter;
    }

    boolean notProcessed() {
        return notProcessed;
    }

    /** Whether a create may be sent again without first checking that the first one did not happen. */
    static boolean safeToRepeat(Throwable failure) {
        return failure instanceof IntacctFailure intacct && intacct.notProcessed();
    }
}
