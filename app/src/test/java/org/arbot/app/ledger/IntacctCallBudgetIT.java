package org.arbot.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.arbot.app.ledger.IntacctCallCount.Figures;
import org.arbot.app.ledger.IntacctCallCount.Style;
import org.arbot.intacct.sandbox.IntacctSandbox;
import org.arbot.intacct.sandbox.SandboxOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Intacct call budget, counted at the sandbox: deterministic for a seed and date, so asserted exactly. A
 * 1,000-payment batch costs at most 2 calls per payment and at most 20 reads, both through the ledger's batch call and
 * as the app posts it: 1,000 approved payment proposals drained by the outbox, 100 to a batch.
 */
class IntacctCallBudgetIT {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC);
    private static IntacctSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = IntacctSandbox.start(SandboxOptions.defaults(CLOCK));
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void a_thousand_payment_batch_drained_by_the_outbox_a_credit_check_and_the_priority_list_stay_within_the_call_budget() {
        Figures figures = new IntacctCallCount(sandbox, CLOCK).measure(Style.BATCHED, 1000);
        assertThat(figures.ledger().refused()).isZero();
        assertThat(figures.ledger().reads()).isLessThanOrEqualTo(BenchIntacctCallsCommand.MAX_BATCH_READS).isEqualTo(4);
        assertThat(figures.ledger().writes()).isEqualTo(100);
        assertThat(figures.ledger().callsPerPayment(1000)).isLessThanOrEqualTo(BenchIntacctCallsCommand.MAX_CALLS_PER_PAYMENT)
                .isEqualByComparingTo(new BigDecimal("0.104"));
        // customers and open invoices, then per batch of 100 one key lookup and ten composite requests
        assertThat(figures.outbox().refused()).isZero();
        assertThat(figures.outbox().reads()).isLessThanOrEqualTo(BenchIntacctCallsCommand.MAX_BATCH_READS).isEqualTo(12);
        assertThat(figures.outbox().writes()).isEqualTo(100);
        assertThat(figures.outbox().callsPerPayment(1000)).isLessThanOrEqualTo(BenchIntacctCallsCommand.MAX_CALLS_PER_PAYMENT)
                .isEqualByComparingTo(new BigDecimal("0.112"));
        assertThat(figures.creditCheck()).isEqualTo(4);
        assertThat(figures.priorityList()).isEqualTo(4);
    }
}
