package org.arbot.app.cashapp;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.arbot.app.cli.Command;
import org.arbot.app.cli.Options;
import org.arbot.app.cli.UsageException;

/**
 * {@code arbot bench cash-apply-speed DIR}: times the read-and-write baseline and {@code cash-apply} on the same data
 * set, each in its own JVM with {@code -Xmx1g}, JVM start included, and prints both times and the ratio: first with
 * the JVM options {@code ./arbot} runs commands with, on both sides, then with the JVM's defaults for comparison.
 */
public final class CashApplySpeedCommand implements Command {

    static final double TARGET_RATIO = 3.0;

    /**
     * What the {@code arbot} launcher runs commands with (the server keeps the JVM's defaults): a command is a short
     * batch, and the optimising compiler would spend more CPU compiling it than it saves before the run ends.
     */
    static final String COMMAND_JAVA_OPTIONS = "-XX:TieredStopAtLevel=1";

    @Override
    public List<String> name() {
        return List.of("bench", "cash-apply-speed");
    }

    @Override
    public String summary() {
        return "time cash-apply against the read-and-write baseline (separate JVMs, -Xmx1g)";
    }

    @Override
    public String usage() {
        return """
                Usage: arbot bench cash-apply-speed DIR [--runs 3] [--java-options "-XX:TieredStopAtLevel=1"]

                Runs 'bench cash-apply --baseline DIR' and 'cash-apply' on DIR's files, each as a new JVM with -Xmx1g
                and --java-options (default: what ./arbot runs commands with) on both sides, best of --runs each, then
                the same with the JVM's defaults; prints the wall times, the ratios (target <= 3.0 with the options)
                and cash-apply's own timings.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args, Set.of("runs", "java-options"), Set.of());
        if (options.positional().size() != 1) {
            throw new UsageException("give the data set folder");
        }
        Path dir = Path.of(options.positional().get(0));
        int runs = Integer.parseInt(options.value("runs").orElse("3"));
        String given = options.value("java-options").orElse(COMMAND_JAVA_OPTIONS);
        List<String> javaOptions = given.isBlank() ? List.of() : List.of(given.trim().split("\\s+"));
        out.println("JVM options on both sides: -Xmx1g " + String.join(" ", javaOptions));
        double ratio = compare(dir, runs, javaOptions, out, err);
        out.println("JVM defaults on both sides (-Xmx1g only), for comparison:");
        compare(dir, runs, List.of(), out, err);
        return ratio <= TARGET_RATIO ? OK : FAILED;
    }

    /** Best of {@code runs} of each side with {@code javaOptions}; prints the times and returns the ratio. */
    private static double compare(Path dir, int runs, List<String> javaOptions, PrintStream out, PrintStream err) {
        long baseline = Long.MAX_VALUE;
        long engine = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            baseline = Math.min(baseline, time(javaOptions, List.of("bench", "cash-apply", "--baseline", dir.toString(),
                    "--out", dir.resolve("baseline.jsonl").toString()), err));
            engine = Math.min(engine, time(javaOptions, List.of("cash-apply", "--customers", dir.resolve("customers.csv").toString(),
                    "--invoices", dir.resolve("open_invoices.csv").toString(), "--payments", dir.resolve("payments.csv").toString(),
                    "--out", dir.resolve("applications.jsonl").toString(), "--stats"), err));
        }
        double ratio = (double) engine / baseline;
        out.printf("  baseline (read + write)   %6d ms%n", baseline);
        out.printf("  cash-apply                %6d ms%n", engine);
        out.printf("  ratio                     %6.2f  (target <= %.1f)%n", ratio, TARGET_RATIO);
        return ratio;
    }

    /** Wall time of one {@code arbot} run in a new JVM, in ms; a failing run is an error. */
    private static long time(List<String> javaOptions, List<String> arbotArgs, PrintStream err) {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx1g"));
        command.addAll(javaOptions);
        String classPath = System.getProperty("java.class.path");
        if (!classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
            command.addAll(List.of("-jar", classPath));
        } else {
            command.addAll(List.of("-cp", classPath, "org.arbot.app.Arbot"));
        }
        command.addAll(arbotArgs);
        long start = System.nanoTime();
        try {
            Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.PIPE).start();
            String stderr = new String(p.getErrorStream().readAllBytes());
            int exit = p.waitFor();
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (!stderr.isBlank()) {
                err.print(stderr);
            }
            if (exit != 0) {
                throw new IllegalStateException("'" + String.join(" ", arbotArgs) + "' exited with " + exit);
            }
            return ms;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start java: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
