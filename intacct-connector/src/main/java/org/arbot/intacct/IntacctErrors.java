package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.arbot.core.ledger.LedgerException;
import org.arbot.core.ledger.NotFoundException;

/** Turns Intacct's error responses into {@link LedgerException}s that keep Intacct's code and message. */
final class IntacctErrors {

    private IntacctErrors() {
    }

    static LedgerException from(int status, String body, String what, ObjectMapper json) {
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
        return new LedgerException(code, message, retryable(status));
    }

    /** Rate limits, timeouts and server faults may pass; a refused request will be refused again. */
    static boolean retryable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }
}
