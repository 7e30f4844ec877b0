package org.arbot.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final CommandLine commandLine = new CommandLine(List.of(new VersionCommand(), new EchoCommand()));

    @Test
    void no_arguments_or_only_spring_options_start_the_server() {
        assertThat(CommandLine.isCommand(new String[0])).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"--server.port=9090", "--arbot.sandbox.seed=7"})).isFalse();
        assertThat(CommandLine.isCommand(new String[] {"cash-apply", "--out", "x"})).isTrue();
        assertThat(CommandLine.isCommand(new String[] {"--help"})).isTrue();
    }

    @Test
    void help_lists_every_command() {
        assertThat(run("--help")).isEqualTo(Command.OK);
        assertThat(printed(out)).contains("version", "audit echo", "print arbot's version");
    }

    @Test
    void a_command_answers_help_with_its_usage() {
        assertThat(run("audit", "echo", "--help")).isEqualTo(Command.OK);
        assertThat(printed(out)).startsWith("Usage: arbot audit echo");
        assertThat(run("help", "version")).isEqualTo(Command.OK);
        assertThat(printed(out)).contains("Usage: arbot version");
    }

    @Test
    void an_unknown_command_is_a_usage_error_naming_it() {
        assertThat(run("frobnicate", "now")).isEqualTo(Command.USAGE);
        assertThat(printed(err)).contains("unknown command 'frobnicate now'");
    }

    @Test
    void a_bad_option_is_a_usage_error_with_the_command_usage() {
        assertThat(run("audit", "echo", "--nope")).isEqualTo(Command.USAGE);
        assertThat(printed(err)).contains("unknown option --nope", "Usage: arbot audit echo");
    }

    @Test
    void the_longest_matching_command_name_wins_and_gets_the_rest_of_the_arguments() {
        assertThat(run("audit", "echo", "--text", "hello")).isEqualTo(Command.OK);
        assertThat(printed(out)).isEqualTo("hello" + System.lineSeparator());
    }

    @Test
    void a_failing_command_exits_with_failure_and_its_message() {
        assertThat(run("audit", "echo", "--text", "boom")).isEqualTo(Command.FAILED);
        assertThat(printed(err)).contains("arbot audit echo: cannot echo boom");
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return commandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static String printed(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }

    /** A two-word command, to check name matching and option handling. */
    private static final class EchoCommand implements Command {

        @Override
        public List<String> name() {
            return List.of("audit", "echo");
        }

        @Override
        public String summary() {
            return "echo the text";
        }

        @Override
        public String usage() {
            return "Usage: arbot audit echo --text TEXT";
        }

        @Override
        public int run(List<String> args, PrintStream out, PrintStream err) {
            String text = Options.parse(args, java.util.Set.of("text"), java.util.Set.of()).required("text");
            if (text.equals("boom")) {
                throw new IllegalStateException("cannot echo boom");
            }
            out.println(text);
            return OK;
        }
    }
}
