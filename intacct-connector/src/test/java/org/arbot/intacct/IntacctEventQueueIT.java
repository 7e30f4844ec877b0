package org.arbot.intacct;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.ledger.events.LedgerEvent;
import org.arbot.intacct.IntacctEventQueue.Batch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The trigger event queue through the client, against the sandbox queueing an event per create and order change. */
class IntacctEventQueueIT {

    private static final Clock CLOCK = DemoSandbox.CLOCK;
    private static final ObjectMapper JSON = new ObjectMapper();

    @RegisterExtension
    static final DemoSandbox demo = new DemoSandbox();

    @Test
    void an_empty_queue_counts_zero_and_lists_no_batch() {
        assertThat(demo.ledger().eventQueue().count()).isZero();
        Batch batch = demo.ledger().eventQueue().next();
        assertThat(batch.isEmpty()).isTrue();
        assertThat(batch.ackId()).isEmpty();
    }

    @Test
    void a_posted_payment_and_a_released_order_are_queued_as_payment_received_and_sales_order_changed() {
        demo.ledger().postPayments(PaymentPostings.postings(demo.ledger(), "queue-a", 1));
        SalesOrderId order = demo.ledger().ordersAwaitingApproval().get(0).id();
        demo.ledger().releaseOrder(order, "within limit");
        assertThat(demo.ledger().eventQueue().count()).isEqualTo(2);
        List<LedgerEvent> events = demo.ledger().eventQueue().next().events().stream()
                .map(queued -> IntacctTriggerEvents.read(queued, JSON)).toList();
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(LedgerEvent.PaymentReceived.class);
        assertThat(events.get(1)).isInstanceOfSatisfying(LedgerEvent.SalesOrderChanged.class,
                changed -> assertThat(changed.orderId()).isEqualTo(order));
        assertThat(events).extracting(LedgerEvent::occurredAt).containsOnly(CLOCK.instant());
    }

    @Test
    void a_batch_comes_back_until_it_is_acknowledged_and_an_acknowledgement_can_be_repeated() {
        demo.ledger().postPayments(PaymentPostings.postings(demo.ledger(), "queue-b", 3));
        Batch first = demo.ledger().eventQueue().next();
        Batch again = demo.ledger().eventQueue().next();
        assertThat(again.events()).isEqualTo(first.events());
        demo.ledger().eventQueue().acknowledge(again.ackId().orElseThrow());
        demo.ledger().eventQueue().acknowledge(again.ackId().orElseThrow());
        assertThat(demo.ledger().eventQueue().count()).isZero();
        assertThat(demo.ledger().eventQueue().next().isEmpty()).isTrue();
    }

    @Test
    void a_new_invoice_and_a_new_sales_order_entered_in_intacct_are_queued_as_created() throws Exception {
        post("/objects/accounts-receivable/invoice", """
                {"customer":{"id":"CUST-1001"},"invoiceDate":"2026-11-27","dueDate":"2026-12-27",
                 "lines":[{"txnAmount":"480.00","glAccount":{"id":"4000"},"dimensions":{"location":{"id":"HQ"}}}]}""");
        post("/objects/order-entry/document::Sales%20Order", """
                {"customer":{"id":"CUST-1001"},"txnDate":"2026-11-27","state":"pending",
                 "lines":[{"unit":"Each","unitQuantity":"4","unitPrice":"125.50",
                   "dimensions":{"item":{"id":"OLIVE-OIL"},"warehouse":{"id":"WH1"},"location":{"id":"HQ"}}}]}""");
        List<LedgerEvent> events = demo.ledger().eventQueue().next().events().stream()
                .map(queued -> IntacctTriggerEvents.read(queued, JSON)).toList();
        assertThat(events.get(0)).isInstanceOfSatisfying(LedgerEvent.InvoiceCreated.class,
                created -> assertThat(created.customerId()).isEqualTo(CustomerId.of("CUST-1001")));
        assertThat(events.get(1)).isInstanceOfSatisfying(LedgerEvent.SalesOrderCreated.class,
                created -> assertThat(demo.ledger().salesOrder(created.orderId())).isPresent());
    }

    private static void post(String path, String body) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String token = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(demo.sandbox().baseUrl() + "/oauth2/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + demo.sandbox().clientId()
                        + "&client_secret=" + demo.sandbox().clientSecret())).build(), HttpResponse.BodyHandlers.ofString()).body())
                .path("access_token").asText();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(demo.sandbox().baseUrl() + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
