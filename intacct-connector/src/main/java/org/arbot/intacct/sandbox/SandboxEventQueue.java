package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Platform Trigger event queue under {@code /services/delivery/event/}: {@code count}, {@code list} (the oldest
 * events, up to {@link #BATCH}, with an {@code ackId}) and {@code ack} (removes the events of that batch). Events stay
 * queued until acknowledged, so listing twice without acknowledging returns them again. The sandbox queues one event
 * per created payment, invoice or sales order and per changed sales order, its payload the trigger body arbot's docs
 * describe (base64 JSON, as Intacct delivers payloads).
 */
final class SandboxEventQueue {

    static final int BATCH = 100;
    /** The most events kept: when nobody drains the queue (webhook mode, the demo), the oldest give way. */
    static final int KEPT = 10_000;

    private final Clock clock;
    private final ObjectMapper json;
    private final String clientId;
    private final Map<String, ObjectNode> queued = new LinkedHashMap<>();
    private final Map<String, List<String>> batches = new HashMap<>();
    private long lastEvent;
    private long lastBatch;

    SandboxEventQueue(Clock clock, ObjectMapper json, String clientId) {
        this.clock = clock;
        this.json = json;
        this.clientId = clientId;
    }

    /** Queues the event a trigger on {@code object} would send for {@code action} ({@code created}, {@code updated}). */
    synchronized void add(SandboxObject object, String action, ObjectNode record) {
        String eventId = String.format("evt-%06d", ++lastEvent);
        ObjectNode payload = json.createObjectNode();
        payload.put("object", object.objectName()).put("action", action).put("key", record.path("key").asText());
        payload.put("id", object == SandboxObject.SALES_ORDER ? record.path("documentNumber").asText() : record.path("id").asText());
        payload.put("customerId", JsonPaths.text(record, "customer.id"));
        payload.put("occurredAt", clock.instant().toString());
        ObjectNode event = json.createObjectNode();
        event.put("eventId", eventId).put("eventType", "pull").put("contentType", "application/json");
        event.put("payload", base64(payload.toString()));
        event.put("clientContext", base64(json.createObjectNode().put("clientId", clientId).toString()));
        queued.put(eventId, event);
        if (queued.size() > KEPT) {
            queued.remove(queued.keySet().iterator().next());
        }
    }

    synchronized ObjectNode count() {
        return json.createObjectNode().put("count", queued.size());
    }

    /** The oldest queued events and the id that acknowledges them; an empty queue answers an empty list, as Intacct does. */
    synchronized JsonNode list() {
        if (queued.isEmpty()) {
            return json.createArrayNode();
        }
        List<String> ids = new ArrayList<>(queued.keySet()).subList(0, Math.min(BATCH, queued.size()));
        String ackId = String.format("ack-%06d", ++lastBatch);
        batches.put(ackId, List.copyOf(ids));
        ObjectNode result = json.createObjectNode();
        result.put("ackId", ackId);
        ArrayNode events = result.putArray("events");
        ids.forEach(id -> events.add(queued.get(id).deepCopy()));
        return result;
    }

    /** Removes the events of the batch; acknowledging the same batch again succeeds and changes nothing. */
    synchronized ObjectNode acknowledge(JsonNode body) {
        String ackId = JsonPaths.text(body, "ackId");
        if (ackId == null || ackId.isBlank()) {
            throw SandboxError.invalid("ackId is required", "/ackId");
        }
        List<String> ids = batches.get(ackId);
        if (ids == null) {
            throw SandboxError.notFound("event batch " + ackId);
        }
        ids.forEach(queued::remove);
        return json.createObjectNode().put("ackId", ackId).put("status", "success");
    }

    synchronized void clear() {
        queued.clear();
        batches.clear();
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
