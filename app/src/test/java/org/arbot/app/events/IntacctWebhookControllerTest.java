package org.arbot.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Instant;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.ledger.events.LedgerEvent;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

class IntacctWebhookControllerTest {

    private static final String SECRET = "s3cret-shared-with-intacct";
    private final RecentLedgerEvents events = new RecentLedgerEvents();
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new IntacctWebhookController(new WebhookSecret(SECRET),
            new LedgerEventIntake(new SeenEventIds(Ticker.systemTicker()), events))).build();

    @Test
    void a_sales_order_trigger_becomes_one_sales_order_created_event() throws Exception {
        send(SECRET, null, body("evt-1", "order-entry/document::Sales Order", "created"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("accepted"));
        assertThat(events.latest()).containsExactly(new LedgerEvent.SalesOrderCreated("evt-1", SalesOrderId.of("SO-0101"),
                CustomerId.of("CUST-1001"), Instant.parse("2026-11-27T09:00:00Z")));
    }

    @Test
    void a_retry_with_the_same_idempotency_key_is_answered_but_not_published_again() throws Exception {
        String payment = body(null, "accounts-receivable/payment", "created");
        send(SECRET, "key-7", payment).andExpect(status().isOk());
        send(SECRET, "key-7", payment).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("duplicate"));
        assertThat(events.latest()).singleElement().isInstanceOf(LedgerEvent.PaymentReceived.class)
                .extracting(LedgerEvent::eventId).isEqualTo("key-7");
    }

    @Test
    void a_wrong_or_missing_secret_is_refused_with_401_and_nothing_is_published() throws Exception {
        send("guess", null, body("evt-2", "accounts-receivable/invoice", "created")).andExpect(status().isUnauthorized());
        send(null, null, body("evt-3", "accounts-receivable/invoice", "created")).andExpect(status().isUnauthorized());
        send(SECRET, null, body("evt-2", "accounts-receivable/invoice", "created")).andExpect(status().isOk());
        assertThat(events.latest()).extracting(LedgerEvent::eventId).containsExactly("evt-2");
    }

    @Test
    void a_malformed_body_is_a_400_that_names_what_is_wrong() throws Exception {
        send(SECRET, null, "{not json").andExpect(status().isBadRequest())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("not JSON")));
        send(SECRET, null, body("evt-4", "accounts-receivable/invoice", "created").replace("\"customerId\"", "\"client\""))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("customerId is missing"));
        send(SECRET, null, body(null, "accounts-receivable/invoice", "created")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("idempotencyKey is missing")));
        send(SECRET, null, body("evt-5", "accounts-receivable/customer", "deleted")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.containsString("accounts-receivable/customer")));
        assertThat(events.latest()).isEmpty();
    }

    @Test
    void a_webhook_is_refused_while_no_secret_is_configured() throws Exception {
        MockMvc unset = MockMvcBuilders.standaloneSetup(new IntacctWebhookController(new WebhookSecret(null),
                new LedgerEventIntake(new SeenEventIds(Ticker.systemTicker()), events))).build();
        unset.perform(post("/webhooks/intacct").contentType(MediaType.APPLICATION_JSON)
                .content(body("evt-6", "accounts-receivable/invoice", "created"))).andExpect(status().isUnauthorized());
        assertThat(events.latest()).isEmpty();
    }

    private ResultActions send(String secret, String idempotencyKey, String body) throws Exception {
        var request = post("/webhooks/intacct").contentType(MediaType.APPLICATION_JSON).content(body);
        if (secret != null) {
            request.header(IntacctWebhookController.SECRET_HEADER, secret);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return mvc.perform(request);
    }

    private static String body(String idempotencyKey, String object, String action) {
        return "{" + (idempotencyKey == null ? "" : "\"idempotencyKey\":\"" + idempotencyKey + "\",")
                + "\"object\":\"" + object + "\",\"action\":\"" + action + "\",\"key\":\"451\",\"id\":\"SO-0101\","
                + "\"customerId\":\"CUST-1001\",\"occurredAt\":\"2026-11-27T09:00:00Z\"}";
    }
}
