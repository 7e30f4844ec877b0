package org.arbot.intacct;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.arbot.intacct.StubbedIntacct.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ledger.LedgerException;
import org.arbot.core.ledger.events.LedgerEvent;
import org.arbot.intacct.IntacctEventQueue.Batch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The event-queue client against WireMock answering in the shapes Sage's events guide shows: {@code count} in an
 * {@code ia::result} object, an empty queue as {@code "ia::result": []}, a batch of base64 payloads with an {@code ackId}.
 */
class IntacctEventQueueShapesIT {

    private static final String API = StubbedIntacct.API;
    private static final String EVENTS = API + "/services/delivery/event/";
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final StubbedIntacct intacct = new StubbedIntacct();
    private static final WireMockServer INTACCT = intacct.server();

    @Test
    void the_count_is_read_from_the_result_object() {
        INTACCT.stubFor(get(EVENTS + "count").withHeader("Authorization", equalTo("Bearer token")).willReturn(json(200,
                "{\"ia::result\":{\"count\":1},\"ia::meta\":{\"totalCount\":1,\"totalSuccess\":1,\"totalError\":0}}")));
        assertThat(queue().count()).isEqualTo(1);
    }

    @Test
    void an_empty_queue_answered_as_an_empty_list_is_an_empty_batch() {
        INTACCT.stubFor(get(EVENTS + "list").willReturn(json(200, "{\"ia::result\":[],\"ia::meta\":{\"totalCount\":0}}")));
        Batch batch = queue().next();
        assertThat(batch.isEmpty()).isTrue();
        assertThat(batch.ackId()).isEmpty();
    }

    @Test
    void a_batch_decodes_each_payload_and_an_idempotency_key_in_it_becomes_the_event_id() {
        String keyed = base64("{\"idempotencyKey\":\"wh-77\",\"object\":\"accounts-receivable/invoice\",\"action\":\"created\","
                + "\"key\":\"20400\",\"id\":\"20400\",\"customerId\":\"CUST-1001\",\"occurredAt\":\"2026-11-27T09:00:00Z\"}");
        String plain = base64("{\"object\":\"accounts-receivable/payment\",\"action\":\"created\",\"key\":\"50900\","
                + "\"id\":\"50900\",\"customerId\":\"CUST-1002\",\"occurredAt\":\"2026-11-27T09:05:00Z\"}");
        INTACCT.stubFor(get(EVENTS + "list").willReturn(json(200, "{\"ia::result\":{\"ackId\":\"ack-9\",\"events\":["
                + "{\"eventId\":\"q-1\",\"eventType\":\"pull\",\"contentType\":\"application/json\",\"payload\":\"" + keyed + "\"},"
                + "{\"eventId\":\"q-2\",\"eventType\":\"pull\",\"contentType\":\"application/json\",\"payload\":\"" + plain + "\"}]},"
                + "\"ia::meta\":{\"totalCount\":1,\"totalSuccess\":1,\"totalError\":0}}")));
        Batch batch = queue().next();
        assertThat(batch.ackId()).contains("ack-9");
        assertThat(batch.events()).extracting(queued -> IntacctTriggerEvents.read(queued, JSON)).containsExactly(
                new LedgerEvent.InvoiceCreated("wh-77", "20400", CustomerId.of("CUST-1001"), Instant.parse("2026-11-27T09:00:00Z")),
                new LedgerEvent.PaymentReceived("q-2", "50900", CustomerId.of("CUST-1002"), Instant.parse("2026-11-27T09:05:00Z")));
    }

    @Test
    void an_acknowledgement_sends_the_ack_id_and_fails_unless_intacct_answers_success() {
        INTACCT.stubFor(post(EVENTS + "ack").withRequestBody(equalToJson("{\"ackId\":\"ack-9\"}")).willReturn(json(200,
                "{\"ia::result\":{\"ackId\":\"ack-9\",\"status\":\"success\"},\"ia::meta\":{\"totalCount\":1}}")));
        INTACCT.stubFor(post(EVENTS + "ack").withRequestBody(equalToJson("{\"ackId\":\"ack-10\"}")).willReturn(json(200,
                "{\"ia::result\":{\"ackId\":\"ack-10\",\"status\":\"failed\"},\"ia::meta\":{\"totalCount\":1}}")));
        queue().acknowledge("ack-9");
        INTACCT.verify(1, postRequestedFor(urlEqualTo(EVENTS + "ack")).withRequestBody(equalToJson("{\"ackId\":\"ack-9\"}")));
        assertThatThrownBy(() -> queue().acknowledge("ack-10")).isInstanceOfSatisfying(LedgerException.class,
                e -> assertThat(e.getMessage()).contains("ack-10").contains("failed"));
    }

    private static IntacctEventQueue queue() {
        return IntacctLedger.connect(new IntacctSettings(URI.create(INTACCT.baseUrl() + API), "client", "secret",
                Optional.empty(), Optional.empty(), Duration.ofSeconds(2)), Clock.systemUTC()).eventQueue();
    }

    private static String base64(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

}
