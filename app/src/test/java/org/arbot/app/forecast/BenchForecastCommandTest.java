package org.arbot.app.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.arbot.app.cli.Command;
import org.junit.jupiter.api.Test;

class BenchForecastCommandTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void the_backtest_on_the_sandbox_history_prints_both_weekly_wapes_and_beats_the_baseline_by_30_percent() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new BenchForecastCommand(clock).run(List.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);

        String printed = out.toString(StandardCharsets.UTF_8);
        Matcher wapes = Pattern.compile("Weekly WAPE: model ([0-9.]+) % vs due-date baseline ([0-9.]+) %").matcher(printed);
        assertThat(wapes.find()).as(printed).isTrue();
        double model = Double.parseDouble(wapes.group(1));
        double baseline = Double.parseDouble(wapes.group(2));
        assertThat(model).isLessThanOrEqualTo(baseline * 0.7);
        assertThat(printed).contains("forecast at", "model WAPE", "due-date WAPE", "Target met.");
        assertThat(exit).isEqualTo(Command.OK);
    }
}
