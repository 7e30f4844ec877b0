package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Optional;
import org.arbot.core.ledger.LedgerException;
import org.arbot.core.ledger.NotFoundException;

/** Turns Intacct's error responses into {@link LedgerException}s that keep Intacct's code and message. */
final class IntacctErrors {

    private IntacctErrors() {
    }

    static LedgerException from(int status, String body, String what, ObjectMapper json, Optional<String> retryAfter) {
        String code = "http" + status;
        String message = "Intacct answered HTTP " + status + " to " + what;
        try {
            JsonNode error = json.readTree(body).path("ia::result").path("ia::error");
            if (error.hasNonNull("code")) {
                code = error.get("code").asText();
            }
            if (error.hasNonNull("message")) {
                message = error.get("message").asText();
                JsonNode detail = error.path("details").path(0);
                if (detail.hasNonNull("message") && !detail.get("message").asText().equals(message)) {
                    message = message + ": " + detail.get("message").asText();
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // Not an Intacct envelope (a proxy's page, an empty body): the status alone says what happened.
        }
        if (status == 404) {
            return new NotFoundException(what);
        }
        if (status == 429) {
            return new IntacctFailure(code, message, retryAfter.flatMap(IntacctErrors::seconds), true, null);
        }
        if (retryable(status)) {
            return new IntacctFailure(code, message, retryAfter.flatMap(IntacctErrors::seconds), false, null);
        }
        return new LedgerException(code, message, false);
    }

    /** {@code Retry-After} in seconds; the HTTP-date form is rare from APIs and is treated as absent. */
    private static Optional<Duration> seconds(String header) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim()))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Rate limits, timeouts and server faults may pass; a refused request will be refused again. */
    static boolean retryable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }
}
