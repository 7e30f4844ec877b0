package org.arbot.app.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.ledger.events.LedgerEvent;
import org.arbot.core.ledger.events.LedgerEvents;
import org.arbot.core.money.Money;
import org.arbot.intacct.IntacctLedger;
import org.arbot.intacct.IntacctSettings;
import org.arbot.intacct.sandbox.IntacctSandbox;
import org.arbot.intacct.sandbox.SandboxOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The event-queue poller end to end: the sandbox queues an event, the poller publishes it once and acknowledges it. */
class IntacctEventPollerIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
    private static IntacctSandbox sandbox;
    private static IntacctLedger ledger;
    private final RecentLedgerEvents recent = new RecentLedgerEvents();

    @BeforeAll
    static void start() {
        sandbox = IntacctSandbox.start(SandboxOptions.defaults(CLOCK));
        ledger = IntacctLedger.connect(IntacctSettings.of(sandbox.baseUrl(), sandbox.clientId(), sandbox.clientSecret()), CLOCK);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void restoreTheSeed() {
        sandbox.reset();
    }

    @Test
    void a_queued_payment_is_published_once_as_payment_received_and_acknowledged() {
        String key = postPayment("poll-1");
        IntacctEventPoller poller = poller(recent);
        IntacctEventPoller.Pass pass = poller.drain();
        assertThat(pass.complete()).isTrue();
        assertThat(pass.published()).isEqualTo(1);
        assertThat(recent.latest()).singleElement().isInstanceOfSatisfying(LedgerEvent.PaymentReceived.class,
                received -> assertThat(received.paymentKey()).isEqualTo(key));
        assertThat(ledger.eventQueue().count()).isZero();
        assertThat(poller.drain().published()).isZero();
        assertThat(recent.latest()).hasSize(1);
    }

    @Test
    void when_handling_fails_the_batch_is_not_acknowledged_and_its_redelivery_is_published_once() {
        postPayment("poll-2");
        ledger.releaseOrder(ledger.ordersAwaitingApproval().get(0).id(), "within limit");
        AtomicInteger calls = new AtomicInteger();
        LedgerEvents failingOnTheSecond = event -> {
            if (calls.incrementAndGet() == 2) {
                throw new IllegalStateException("agent unavailable");
            }
            recent.publish(event);
        };
        IntacctEventPoller poller = poller(failingOnTheSecond);
        IntacctEventPoller.Pass first = poller.drain();
        assertThat(first.complete()).isFalse();
        assertThat(first.acknowledged()).isZero();
        assertThat(ledger.eventQueue().count()).isEqualTo(2);
        assertThat(recent.latest()).hasSize(1);

        IntacctEventPoller.Pass second = poller.drain();
        assertThat(second.complete()).isTrue();
        assertThat(second.duplicates()).isEqualTo(1);
        assertThat(second.published()).isEqualTo(1);
        assertThat(second.acknowledged()).isEqualTo(2);
        assertThat(ledger.eventQueue().count()).isZero();
        assertThat(recent.latest()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("PaymentReceived", "SalesOrderChanged");
    }

    @Test
    void started_the_poller_drains_the_queue_on_its_schedule() {
        IntacctEventPoller poller = new IntacctEventPoller(ledger.eventQueue(),
                new LedgerEventIntake(new SeenEventIds(Ticker.systemTicker()), recent), Duration.ofMillis(100));
        poller.start();
        try {
            postPayment("poll-3");
            await().atMost(Duration.ofSeconds(10)).until(() -> recent.latest().size() == 1);
            await().atMost(Duration.ofSeconds(10)).until(() -> ledger.eventQueue().count() == 0);
        } finally {
            poller.stop();
        }
        assertThat(poller.isRunning()).isFalse();
    }

    private static IntacctEventPoller poller(LedgerEvents events) {
        return new IntacctEventPoller(ledger.eventQueue(), new LedgerEventIntake(new SeenEventIds(Ticker.systemTicker()), events),
                Duration.ofMinutes(1));
    }

    /** Posts a payment on the first open invoice and answers its key. */
    private static String postPayment(String reference) {
        Invoice invoice = ledger.openInvoices().get(0);
        Money amount = Money.of("1.00", "USD");
        return ledger.postPayment(new PaymentPosting(reference, invoice.customerId(), LocalDate.of(2026, 11, 26), amount,
                List.of(new PaymentApplication(invoice.id(), amount)), Optional.empty(), "")).id().value();
    }
}
