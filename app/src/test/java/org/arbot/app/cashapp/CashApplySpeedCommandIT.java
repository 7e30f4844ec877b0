package org.arbot.app.cashapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.arbot.app.cli.Command;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The speed bench end to end on a small generated set: both sides in new JVMs, with the command options and without. */
class CashApplySpeedCommandIT {

    @TempDir
    Path dir;

    @Test
    void times_both_sides_with_the_command_options_then_with_the_jvm_defaults() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(new CashApplyBenchCommand().run(List.of("--generate", dir.toString(), "--seed", "3", "--payments", "200"),
                new PrintStream(new ByteArrayOutputStream()), err)).isEqualTo(Command.OK);

        int exit = new CashApplySpeedCommand().run(List.of(dir.toString(), "--runs", "1"),
                new PrintStream(out, true, StandardCharsets.UTF_8), err);

        String report = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isIn(Command.OK, Command.FAILED);
        assertThat(report).contains("JVM options on both sides: -Xmx1g " + CashApplySpeedCommand.COMMAND_JAVA_OPTIONS,
                "JVM defaults on both sides");
        assertThat(report.lines().filter(l -> l.trim().startsWith("ratio"))).hasSize(2);
        assertThat(dir.resolve("applications.jsonl")).exists();
    }

    @Test
    void the_launcher_runs_commands_with_the_options_the_bench_measures() throws IOException {
        Path launcher = Path.of(System.getProperty("user.dir")).resolveSibling("arbot");
        assertThat(Files.readString(launcher)).contains("options=\"" + CashApplySpeedCommand.COMMAND_JAVA_OPTIONS + "\"");
    }
}
