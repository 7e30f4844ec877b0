package org.arbot.app.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.arbot.app.cli.Command;
import org.junit.jupiter.api.Test;

class CloseCheckCommandTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

    @Test
    void the_close_check_finds_the_manual_journal_entry_planted_on_the_ar_account_and_names_it() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = new CloseCheckCommand(clock).run(List.of("--period", "2026-10"),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("AR close check 2026-10: EXPLAINED", "Variance (GL - subledger): USD 2500.00",
                "Manual journal entries to AR: USD 2500.00", "by jsmith", "Unexplained: USD 0.00");
        assertThat(exit).isEqualTo(Command.OK);
    }

    @Test
    void a_period_not_yet_ended_is_refused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new CloseCheckCommand(clock)
                        .run(List.of("--period", "2026-11"), System.out, System.err))
                .hasMessageContaining("has not ended");
    }
}
