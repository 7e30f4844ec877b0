package org.arbot.app.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.arbot.app.cli.Command;
import org.arbot.app.ledger.IntacctCallCount.Batch;
import org.arbot.app.ledger.IntacctCallCount.Figures;
import org.junit.jupiter.api.Test;

class BenchIntacctCallsCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void the_figures_print_beside_the_baseline_with_ratios_and_the_targets_met() {
        int exit = print(figures(22, 78, new Batch(2006, 1000, 0), new Batch(2006, 1000, 0)),
                figures(4, 4, new Batch(4, 100, 0), new Batch(12, 100, 0)));
        assertThat(exit).isEqualTo(Command.OK);
        assertThat(text()).contains("credit check (one sales order)                         22          4     5.5x")
                .contains("cash-application batch (1000 payments)               3006        104    28.9x")
                .contains("the same, approved and drained by the outbox         3006        112    26.8x")
                .contains("    of which reads                                     2006         12   167.2x")
                .contains("    calls per posted payment                          3.006      0.104")
                .contains("    calls per posted payment                          3.006      0.112")
                .contains("Target: at most 2 calls per posted payment, amortized: 0.104 batch, 0.112 outbox (met)")
                .contains("Target: at most 20 read calls for the batch: 4 batch, 12 outbox (met)");
    }

    @Test
    void a_batch_over_its_read_budget_fails_the_command() {
        int exit = print(figures(22, 78, new Batch(2006, 1000, 0), new Batch(2006, 1000, 0)),
                figures(4, 4, new Batch(4, 100, 0), new Batch(21, 100, 0)));
        assertThat(exit).isEqualTo(Command.FAILED);
        assertThat(text()).contains("Target: at most 20 read calls for the batch: 4 batch, 21 outbox (NOT met)");
    }

    @Test
    void a_payment_the_outbox_did_not_post_fails_the_command() {
        int exit = print(figures(22, 78, new Batch(2006, 1000, 0), new Batch(2006, 1000, 0)),
                figures(4, 4, new Batch(4, 100, 0), new Batch(12, 100, 1)));
        assertThat(exit).isEqualTo(Command.FAILED);
        assertThat(text()).contains("payments not posted: baseline 0 and 0, arbot 0 and 1");
    }

    private static Figures figures(long creditCheck, long priorityList, Batch ledger, Batch outbox) {
        return new Figures(creditCheck, priorityList, 66, 1000, ledger, outbox);
    }

    private int print(Figures baseline, Figures batched) {
        return BenchIntacctCallsCommand.print(new PrintStream(out, true, StandardCharsets.UTF_8), 42, LocalDate.of(2026, 11, 27),
                baseline, batched);
    }

    private String text() {
        return out.toString(StandardCharsets.UTF_8);
    }
}
