package org.arbot.app.slack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.arbot.app.cli.Command;
import org.arbot.app.cli.CommandLine;
import org.junit.jupiter.api.Test;

/** The Slack ack benchmark, run with tiny numbers against real Redis: it completes and prints its figures (not timed). */
class SlackAckBenchCommandIT {

    @Test
    void a_tiny_run_measures_both_apps_and_prints_the_comparison() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = CommandLine.standard().run(new String[] {"bench", "slack-ack", "--clients", "2", "--seconds", "2",
                "--warmup-seconds", "1", "--requests", "40"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(printed + err.toString(StandardCharsets.UTF_8)).isEqualTo(Command.OK);
        assertThat(printed).contains("arbot posted", "bare Bolt app (baseline)", "arbot /slack/events",
                "arbot throughput / baseline:", "arbot p99 ack:", "arbot's slow work for the measured clicks: 40 answered");
        assertThat(printed).containsPattern("bare Bolt app \\(baseline\\)\\s+40\\s+0\\s")
                .containsPattern("arbot /slack/events\\s+40\\s+0\\s");
    }
}
