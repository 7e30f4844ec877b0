package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.ledger.events.LedgerEvent;

/**
 * Reads the body arbot's Intacct Platform Trigger sends (see docs/intacct.md for the template) into a
 * {@link LedgerEvent}; a body that does not fit is refused with a {@link MalformedEventException} naming what is wrong.
 */
public final class IntacctTriggerEvents {

    static final String SALES_ORDER = "order-entry/document::Sales Order";

    private IntacctTriggerEvents() {
    }

    /** A body that is not an event arbot understands; the message names the field and what is wrong with it. */
    public static final class MalformedEventException extends IllegalArgumentException {
        MalformedEventException(String message) {
            super(message);
        }
    }

    /**
     * The event in {@code body}; its id is the body's {@code idempotencyKey}, or else {@code headerKey} (the
     * {@code Idempotency-Key} header); when both are given they must agree.
     */
    public static LedgerEvent read(JsonNode body, Optional<String> headerKey) {
        if (body == null || !body.isObject()) {
            throw new MalformedEventException("the body must be a JSON object");
        }
        Optional<String> bodyKey = optional(body, "idempotencyKey");
        if (bodyKey.isPresent() && headerKey.isPresent() && !bodyKey.equals(headerKey)) {
            throw new MalformedEventException("idempotencyKey '" + bodyKey.get() + "' differs from the Idempotency-Key header '"
                    + headerKey.get() + "'");
        }
        String eventId = bodyKey.or(() -> headerKey).orElseThrow(() ->
                new MalformedEventException("idempotencyKey is missing (in the body or the Idempotency-Key header)"));
        String object = required(body, "object");
        String action = required(body, "action");
        String key = required(body, "key");
        CustomerId customer = CustomerId.of(required(body, "customerId"));
        Instant at = instant(required(body, "occurredAt"));
        return switch (object + " " + action) {
            case SALES_ORDER + " created" -> new LedgerEvent.SalesOrderCreated(eventId, order(body), customer, at);
            case SALES_ORDER + " updated" -> new LedgerEvent.SalesOrderChanged(eventId, order(body), customer, at);
            case "accounts-receivable/payment created" -> new LedgerEvent.PaymentReceived(eventId, key, customer, at);
            case "accounts-receivable/invoice created" -> new LedgerEvent.InvoiceCreated(eventId, key, customer, at);
            default -> throw new MalformedEventException("object '" + object + "' with action '" + action
                    + "' is not an event arbot takes (sales orders created or updated, payments and invoices created)");
        };
    }

    /**
     * The event a queued trigger delivery carries: its payload is the same trigger body a webhook sends, and its id is
     * the body's {@code idempotencyKey} when the trigger puts one there (so a delivery that came both ways is taken
     * once), else the queue's {@code eventId}.
     */
    public static LedgerEvent read(IntacctEventQueue.QueuedEvent queued, ObjectMapper json) {
        JsonNode body;
        try {
            body = json.readTree(queued.payload());
        } catch (java.io.IOException e) {
            throw new MalformedEventException("queued event " + queued.eventId() + " has a payload that is not JSON");
        }
        boolean keyed = body != null && optional(body, "idempotencyKey").isPresent();
        return read(body, keyed ? Optional.empty() : Optional.of(queued.eventId()));
    }

    private static SalesOrderId order(JsonNode body) {
        return SalesOrderId.of(required(body, "id"));
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("occurredAt must be an ISO-8601 instant such as 2026-11-27T09:00:00Z, got '"
                    + text + "'");
        }
    }

    private static String required(JsonNode body, String field) {
        return optional(body, field).orElseThrow(() -> new MalformedEventException(field + " is missing"));
    }

    private static Optional<String> optional(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || !node.isValueNode() || node.asText().isBlank() ? Optional.empty() : Optional.of(node.asText());
    }
}
