package org.arbot.core.ledger;

/**
 * A failure reported by the ledger or on the way to it, with the ledger's own error code and message so a person can
 * be shown what the accounting system said.
 */
public class LedgerException extends RuntimeException {

    private final String code;
    private final boolean retryable;

    public LedgerException(String code, String message, boolean retryable) {
        super(message);
        this.code = code;
        this.retryable = retryable;
    }

    public LedgerException(String code, String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.retryable = retryable;
    }

    /** The ledger's error code (Intacct's {@code ia::error.code}, e.g. {@code invalidRequest}), or our own for transport failures. */
    public String code() {
        return code;
    }

    /** Whether the same call may succeed later (rate limit, outage); a validation error is not. */
    public boolean retryable() {
        return retryable;
    }
}
