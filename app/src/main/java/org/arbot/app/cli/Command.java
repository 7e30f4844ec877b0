package org.arbot.app.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One {@code arbot <command>}: runs without the web server and answers with an exit code.
 *
 * <p>Exit codes: {@link #OK}, {@link #FAILED} (the work could not be done), {@link #USAGE} (bad arguments),
 * {@link #PARTIAL} (done, but some input rows were rejected).
 */
public interface Command {

    int OK = 0;
    int FAILED = 1;
    int USAGE = 2;
    int PARTIAL = 3;

    /** The words that name the command, e.g. {@code ["audit", "verify"]}. */
    List<String> name();

    /** One line for the command list. */
    String summary();

    /** The full help text printed for {@code --help}. */
    String usage();

    int run(List<String> args, PrintStream out, PrintStream err);
}
