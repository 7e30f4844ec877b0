package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.arbot.core.ledger.LedgerException;

/**
 * Intacct's Platform Trigger event queue (early adopter, not in the OpenAPI files; shapes in docs/intacct.md):
 * {@code GET /services/delivery/event/count}, {@code GET /services/delivery/event/list} (the next batch, left queued)
 * and {@code POST /services/delivery/event/ack} with the batch's {@code ackId} (removes every event of the batch).
 * An unacknowledged batch comes back on the next list, so a caller acknowledges only after handling all of it.
 */
public final class IntacctEventQueue {

    static final String PATH = "/services/delivery/event/";

    /** One queued trigger event: the queue's id for it, and the trigger's body, decoded from base64. */
    public record QueuedEvent(String eventId, String eventType, String payload) {
    }

    /** The next events and the id that acknowledges all of them; no id when the queue is empty. */
    public record Batch(Optional<String> ackId, List<QueuedEvent> events) {

        public Batch {
            events = List.copyOf(events);
        }

        public boolean isEmpty() {
            return events.isEmpty();
        }
    }

    private final IntacctHttp http;

    IntacctEventQueue(IntacctHttp http) {
        this.http = http;
    }

    /** How many events wait in the queue. */
    public int count() {
        JsonNode count = http.send("GET", PATH + "count", null).path("ia::result").path("count");
        if (!count.canConvertToInt()) {
            throw new LedgerException("malformedResponse", "the event queue's count answer has no count", true);
        }
        return count.asInt();
    }

    /** The next batch, still queued until {@link #acknowledge(String)}. */
    public Batch next() {
        JsonNode result = http.send("GET", PATH + "list", null).path("ia::result");
        if (result.isArray() && result.isEmpty()) {
            return new Batch(Optional.empty(), List.of());
        }
        JsonNode events = result.path("events");
        if (!result.isObject() || !events.isArray()) {
            throw new LedgerException("malformedResponse", "the event queue's list answer has no events list", true);
        }
        List<QueuedEvent> queued = new ArrayList<>();
        for (JsonNode event : events) {
            String id = event.path("eventId").asText("");
            if (id.isBlank()) {
                throw new LedgerException("malformedResponse", "a queued event has no eventId", true);
            }
            queued.add(new QueuedEvent(id, event.path("eventType").asText(""), decode(event.path("payload").asText(""))));
        }
        String ackId = result.path("ackId").asText("");
        if (!queued.isEmpty() && ackId.isBlank()) {
            throw new LedgerException("malformedResponse", "the event queue's batch has no ackId", true);
        }
        return new Batch(Optional.of(ackId).filter(a -> !a.isBlank()), queued);
    }

    /** Removes the batch's events from the queue; Intacct's {@code status} must be {@code success}. */
    public void acknowledge(String ackId) {
        JsonNode result = http.send("POST", PATH + "ack", http.json().createObjectNode().put("ackId", ackId)).path("ia::result");
        String status = result.path("status").asText("");
        if (!status.equals("success")) {
            throw new LedgerException("notAcknowledged", "Intacct did not acknowledge event batch " + ackId
                    + (status.isBlank() ? "" : " (status " + status + ")"), true);
        }
    }

    /** The payload as text; a payload that is not base64 is kept as it came, for the reader to refuse with a reason. */
    private static String decode(String payload) {
        try {
            return new String(Base64.getDecoder().decode(payload), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return payload;
        }
    }
}
