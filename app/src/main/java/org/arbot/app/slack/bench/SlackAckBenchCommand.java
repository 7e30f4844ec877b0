package org.arbot.app.slack.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.arbot.app.cli.Command;
import org.arbot.app.cli.Options;
import org.arbot.app.cli.UsageException;

/**
 * {@code arbot bench slack-ack}: signed {@code block_actions} clicks against arbot's {@code /slack/events} (Redis, the
 * sandbox, the Web API on a loopback stub) and, in the same run, against a bare Bolt app that only acks; prints ack
 * latency p50/p99 and throughput for both and arbot's share of the bare app's throughput.
 */
public final class SlackAckBenchCommand implements Command {

    /** Maria Manager of the demo people: allowed to decide every workflow's proposals. */
    static final String CLICKER = "U0DEMOARM1";
    private static final double P99_TARGET_MILLIS = 100;
    private static final double THROUGHPUT_TARGET = 0.70;
    private static final long WARMUP_REQUESTS = 5_000;
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(5);
    private static final Duration SLOW_WORK_WAIT = Duration.ofSeconds(60);

    @Override
    public List<String> name() {
        return List.of("bench", "slack-ack");
    }

    @Override
    public String summary() {
        return "Slack ack latency and throughput of arbot beside a bare Bolt app that only acks";
    }

    @Override
    public String usage() {
        return """
                Usage: arbot bench slack-ack [--clients N] [--seconds S] [--warmup-seconds S] [--requests N] [--redis URL]

                Starts arbot with Slack in HTTP mode (redeliveries in Redis, governance on H2 in a scratch folder, the
                Intacct sandbox, Slack's Web API on a stub on loopback), posts the cards of the sandbox's waiting work,
                and starts a bare Bolt app that only acks. Each is warmed up, then N clients send signed block_actions
                clicks ("approve", as Maria Manager, round the posted cards) one after the other for S seconds.
                Prints, for each, acks, errors, acks per second and ack latency p50/p99/max, then arbot's throughput as
                a share of the bare app's (target: at least 70 %) and its p99 (target: under 100 ms), and how long the
                slow work the clicks queued (decisions, ledger writes, chat.update, ephemeral refusals) got through:
                arbot acks faster than it decides, so a saturating run leaves a queue; the run waits up to 60 s for it,
                prints the rate and drops the rest.

                  --clients N         concurrent clients (default 16)
                  --seconds S         measured time per app (default 10)
                  --warmup-seconds S  warm-up time per app, not measured (default 5; at most 5000 clicks)
                  --requests N        at most N requests per warm-up and per measured run (default: no limit)
                  --redis URL         Redis for arbot's redeliveries (default redis://127.0.0.1:6379)""";
    }

    /** What the options ask for. */
    private record Plan(int clients, Duration measured, Duration warmup, long requests, String redis) {

        static Plan of(Options options) {
            return new Plan((int) positive(options, "clients", 16), Duration.ofSeconds(positive(options, "seconds", 10)),
                    Duration.ofSeconds(positive(options, "warmup-seconds", 5)),
                    positive(options, "requests", Long.MAX_VALUE),
                    options.value("redis").orElse("redis://127.0.0.1:6379"));
        }
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args, Set.of("clients", "seconds", "warmup-seconds", "requests", "redis"), Set.of());
        if (!options.positional().isEmpty()) {
            throw new UsageException("unexpected argument " + options.positional().get(0));
        }
        Plan plan = Plan.of(options);
        String secret = UUID.randomUUID().toString().replace("-", "");
        String keyPrefix = "arbot-bench:" + UUID.randomUUID() + ":";
        Path folder = scratch();
        out.printf("Slack ack benchmark: %d clients, %d s measured after %d s of warm-up per app, %d CPUs (load average "
                + "%.1f), Java %s%n", plan.clients(), plan.measured().toSeconds(), plan.warmup().toSeconds(),
                Runtime.getRuntime().availableProcessors(), loadAverage(), Runtime.version());
        try (WebApiStub slack = WebApiStub.start();
             BenchKeys keys = new BenchKeys(plan.redis(), keyPrefix);
             ArbotUnderBench arbot = ArbotUnderBench.start(secret, slack.apiUrl(), plan.redis(), keyPrefix, folder);
             BareBoltApp bare = BareBoltApp.start(secret, slack.apiUrl())) {
            List<String> proposals = arbot.postCards();
            out.printf("arbot posted %d cards with %d proposals; the clicks go round them%n",
                    slack.calls("chat.postMessage"), proposals.size());
            SignedClicks clicks = new SignedClicks(secret, CLICKER, ArbotUnderBench.CHANNEL,
                    proposals.isEmpty() ? List.of(UUID.randomUUID().toString()) : proposals);
            measure(plan, clicks, slack, arbot, bare, out);
            return OK;
        } finally {
            delete(folder);
        }
    }

    private static void measure(Plan plan, SignedClicks clicks, WebApiStub slack, ArbotUnderBench arbot, BareBoltApp bare,
            PrintStream out) {
        AckLoad load = new AckLoad(plan.clients());
        // Enough to compile the hot paths; more would only lengthen the wait for arbot's slow work below.
        long warmupRequests = Math.min(plan.requests(), WARMUP_REQUESTS);
        load.run(bare.events(), clicks, plan.warmup(), warmupRequests);
        load.run(arbot.events(), clicks, plan.warmup(), warmupRequests);
        // The baseline is measured with arbot idle: none of the warm-up's slow work left.
        arbot.drain(DRAIN_LIMIT).orElseThrow(() -> new IllegalStateException(
                "arbot's warm-up clicks are still queued after " + DRAIN_LIMIT.toMinutes() + " minutes"));
        long answeredBefore = answered(slack);
        AckFigures baseline = load.run(bare.events(), clicks, plan.measured(), plan.requests());
        AckFigures figures = load.run(arbot.events(), clicks, plan.measured(), plan.requests());
        Duration after = arbot.drain(SLOW_WORK_WAIT).orElse(SLOW_WORK_WAIT);
        print(out, baseline, figures);
        long handled = answered(slack) - answeredBefore;
        out.printf("arbot's slow work for the measured clicks: %d answered (chat.update or ephemeral) by %.1f s after "
                + "the last ack, %d still queued (dropped): %.0f clicks/s decided; load average %.1f%n", handled,
                after.toMillis() / 1000.0, arbot.queued(),
                handled / ((figures.elapsed().toMillis() + after.toMillis()) / 1000.0), loadAverage());
    }

    /** Each click's slow work ends in one of these: the card updated, or a note to the clicker. */
    private static long answered(WebApiStub slack) {
        return slack.calls("chat.update") + slack.calls("chat.postEphemeral");
    }

    private static void print(PrintStream out, AckFigures baseline, AckFigures arbot) {
        out.printf("%-28s %8s %7s %9s %8s %8s %8s%n", "app", "acks", "errors", "acks/s", "p50 ms", "p99 ms", "max ms");
        line(out, "bare Bolt app (baseline)", baseline);
        line(out, "arbot /slack/events", arbot);
        double share = baseline.throughput() == 0 ? 0 : arbot.throughput() / baseline.throughput();
        out.printf("arbot throughput / baseline: %.0f %% (target >= %.0f %%): %s%n", share * 100, THROUGHPUT_TARGET * 100,
                share >= THROUGHPUT_TARGET ? "met" : "missed");
        out.printf("arbot p99 ack: %.1f ms (target < %.0f ms): %s%n", arbot.p99Millis(), P99_TARGET_MILLIS,
                arbot.p99Millis() < P99_TARGET_MILLIS ? "met" : "missed");
    }

    private static void line(PrintStream out, String name, AckFigures f) {
        out.printf("%-28s %8d %7d %9.0f %8.1f %8.1f %8.1f%n", name, f.requests(), f.errors(), f.throughput(),
                f.p50Millis(), f.p99Millis(), f.maxMillis());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long positive(Options options, String name, long otherwise) {
        String value = options.value(name).orElse(null);
        if (value == null) {
            return otherwise;
        }
        try {
            long n = Long.parseLong(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + name + " must be a positive whole number, not '" + value + "'");
    }

    private static Path scratch() {
        try {
            return Files.createTempDirectory("arbot-bench-slack-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a scratch folder under the temp directory; the system cleans it up
        }
    }
}
