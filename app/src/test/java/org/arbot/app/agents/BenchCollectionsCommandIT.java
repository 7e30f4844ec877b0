package org.arbot.app.agents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.arbot.app.cli.Command;
import org.junit.jupiter.api.Test;

/** The backtest runs on the sandbox's history, read through the Intacct REST client, and prints its figures. */
class BenchCollectionsCommandIT {

    @Test
    void the_backtest_prints_precision_and_recall_for_the_risk_ranking_and_the_baseline() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = new BenchCollectionsCommand().run(List.of("--as-of", "2026-11-27"),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(Command.OK);
        assertThat(printed).contains("precision@k", "recall@k", "risk score", "overdue amount (baseline)")
                .containsPattern("Month-ends tested: [1-9]")
                .containsPattern("\\d+ customers, \\d{3,} invoices");
    }
}
