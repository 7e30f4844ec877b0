package org.arbot.app.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.ledger.events.LedgerEvent;
import org.arbot.intacct.IntacctTriggerEvents;
import org.arbot.intacct.IntacctTriggerEvents.MalformedEventException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /webhooks/intacct}: Intacct Platform Trigger deliveries. A request without the shared secret is refused
 * with 401 and nothing else happens; a malformed body is a 400 naming what is wrong; an event is published once per
 * idempotency key (Intacct retries with the same key after 10, 30 and 90 s) and answered 200 at once.
 */
@RestController
class IntacctWebhookController {

    static final String SECRET_HEADER = "X-Arbot-Webhook-Secret";
    private final WebhookSecret secret;
    private final LedgerEventIntake intake;
    private final ObjectMapper json = new ObjectMapper();

    IntacctWebhookController(WebhookSecret secret, LedgerEventIntake intake) {
        this.secret = secret;
        this.intake = intake;
    }

    @PostMapping(path = "/webhooks/intacct")
    ResponseEntity<Map<String, String>> receive(@RequestHeader(name = SECRET_HEADER, required = false) String given,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
            @RequestBody(required = false) String body) {
        if (!secret.matches(given)) {
            return ResponseEntity.status(401).body(Map.of("error", "the webhook secret is missing or wrong"));
        }
        LedgerEvent event;
        try {
            JsonNode parsed = body == null || body.isBlank() ? null : json.readTree(body);
            event = IntacctTriggerEvents.read(parsed, Optional.ofNullable(idempotencyKey).filter(k -> !k.isBlank()));
        } catch (JsonProcessingException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "the body is not JSON: " + e.getOriginalMessage()));
        } catch (MalformedEventException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
        if (intake.take(event) == LedgerEventIntake.Outcome.DUPLICATE) {
            return ResponseEntity.ok(Map.of("status", "duplicate", "eventId", event.eventId()));
        }
        return ResponseEntity.ok(Map.of("status", "accepted", "eventId", event.eventId()));
    }
}
