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
 * set, each in its own JVM with {@code -Xmx1g}, JVM start included, and prints both times and the ratio.
 */
public final class CashApplySpeedCommand implements Command {

    static final double TARGET_RATIO = 3.0;

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
                Usage: arbot bench cash-apply-speed DIR [--runs 3]

                Runs 'bench cash-apply --baseline DIR' and 'cash-apply' on DIR's files, each as a new JVM with -Xmx1g,
                best of --runs each; prints both wall times, the ratio (target <= 3.0) and cash-apply's peak heap.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args, Set.of("runs"), Set.of());
        if (options.positional().size() != 1) {
            throw new UsageException("give the data set folder");
        }
        Path dir = Path.of(options.positional().get(0));
        int runs = Integer.parseInt(options.value("runs").orElse("3"));
        long baseline = Long.MAX_VALUE;
        long engine = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            baseline = Math.min(baseline, time(List.of("bench", "cash-apply", "--baseline", dir.toString(),
                    "--out", dir.resolve("baseline.jsonl").toString()), err));
            engine = Math.min(engine, time(List.of("cash-apply", "--customers", dir.resolve("customers.csv").toString(),
                    "--invoices", dir.resolve("open_invoices.csv").toString(), "--payments", dir.resolve("payments.csv").toString(),
                    "--out", dir.resolve("applications.jsonl").toString(), "--stats"), err));
        }
        double ratio = (double) engine / baseline;
        out.printf("baseline (read + write)   %6d ms%n", baseline);
        out.printf("cash-apply                %6d ms%n", engine);
        out.printf("ratio                     %6.2f  (target <= %.1f)%n", ratio, TARGET_RATIO);
        return ratio <= TARGET_RATIO ? OK : FAILED;
    }

    /** Wall time of one {@code arbot} run in a new JVM, in ms; a failing run is an error. */
    private static long time(List<String> arbotArgs, PrintStream err) {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx1g"));
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
