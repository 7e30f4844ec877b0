package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.Optional;
import org.arbot.core.ledger.LedgerException;

/**
 * Checks that arbot can reach an Intacct company: obtains a token, then asks the query service how many customers and
 * open invoices it holds (pages of one row, {@code ia::meta.totalCount}), three calls in all.
 */
public final class IntacctCheck {

    /** What the check reached, or why it could not. */
    public sealed interface Outcome permits Reached, TokenRefused, Unreachable {
    }

    /** The company answered: where, in which entity, and what it holds. */
    public record Reached(URI baseUrl, Optional<String> entity, long customers, long openInvoices) implements Outcome {
    }

    /** The token endpoint refused the client's credentials or refresh token. */
    public record TokenRefused(URI baseUrl, String code, String message) implements Outcome {
    }

    /** The token was granted or never obtained, but a call failed for another reason. */
    public record Unreachable(URI baseUrl, String code, String message) implements Outcome {
    }

    private IntacctCheck() {
    }

    public static Outcome run(IntacctSettings settings, Clock clock) {
        IntacctHttp http = new IntacctHttp(settings, clock, HttpClient.newBuilder().connectTimeout(settings.timeout()).build(),
                new ObjectMapper(), IntacctCalls.standard(settings.timeout()));
        try {
            http.authorize();
        } catch (LedgerException refused) {
            if (refused.retryable()) {
                return new Unreachable(settings.baseUrl(), refused.code(), refused.getMessage());
            }
            return new TokenRefused(settings.baseUrl(), refused.code(), refused.getMessage());
        }
        try {
            long customers = count(http, CustomerRows.OBJECT, null);
            long open = count(http, InvoiceRows.OBJECT, "0");
            return new Reached(settings.baseUrl(), settings.entityId(), customers, open);
        } catch (LedgerException failed) {
            return new Unreachable(settings.baseUrl(), failed.code(), failed.getMessage());
        }
    }

    private static long count(IntacctHttp http, String object, String dueAbove) {
        ObjectNode query = http.json().createObjectNode().put("object", object).put("start", 1).put("size", 1);
        query.putArray("fields").add("key");
        if (dueAbove != null) {
            query.putArray("filters").addObject().putObject("$gt").put("totalTxnAmountDue", dueAbove);
        }
        JsonNode total = http.send("POST", "/services/core/query", query).path("ia::meta").path("totalCount");
        return total.asLong();
    }
}
