package org.arbot.app.ledger;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.arbot.app.cli.Command;
import org.arbot.app.cli.Options;
import org.arbot.app.cli.UsageException;
import org.arbot.app.ledger.IntacctCallCount.Batch;
import org.arbot.app.ledger.IntacctCallCount.Figures;
import org.arbot.app.ledger.IntacctCallCount.Style;
import org.arbot.intacct.sandbox.IntacctSandbox;
import org.arbot.intacct.sandbox.SandboxOptions;

/**
 * {@code arbot bench intacct-calls}: counts the Intacct API calls a credit check, the daily priority list and a
 * cash-application batch cost against the sandbox (the batch twice: posted through the ledger, and as the app posts it,
 * approved proposals drained by the governance outbox), for the batched client and for the unbatched baseline in the
 * same run, and checks the targets on both batches: at most 2 calls per posted payment, at most 20 read calls.
 */
public final class BenchIntacctCallsCommand implements Command {

    static final BigDecimal MAX_CALLS_PER_PAYMENT = new BigDecimal("2");
    static final long MAX_BATCH_READS = 20;

    @Override
    public List<String> name() {
        return List.of("bench", "intacct-calls");
    }

    @Override
    public String summary() {
        return "count Intacct API calls per credit check, priority list and 1,000-payment batch";
    }

    @Override
    public String usage() {
        return """
                Usage: arbot bench intacct-calls [--payments N] [--seed N] [--as-of YYYY-MM-DD]

                Starts the Intacct sandbox in-process and counts the HTTP requests it receives (token grants left out)
                for one credit check, the daily priority list over the company's customers, and a cash-application
                batch: read the customers and open invoices, then post N payments, each with its invoice application.
                The batch runs twice: through the ledger's batch call, and the way the app posts payments: each one a
                proposal auto-approved by governance (scratch in-memory database), the outbox then drained as its
                worker drains it, 100 proposals to a batch.
                Each unit runs twice on the seed company: with the unbatched baseline (one request per query in pages
                of 100, each payment posted on its own: look up its key, then post, which looks again) and with arbot's
                client (pages of 4,000, independent queries in one composite request, a batch's keys looked up 500 to
                a query and its payments posted ten to a composite request). Prints both, their ratio and the targets
                for both batches: at most 2 calls per posted payment, at most 20 read calls.
                Exit 0 when the targets hold, 1 when not.

                  --payments N      payments in the batch (default 1000)
                  --seed N          the demo company's seed (default 42)
                  --as-of DATE      the day the company's history ends (default today, UTC)""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args, Set.of("payments", "seed", "as-of"), Set.of());
        int payments = (int) number(options.value("payments").orElse("1000"), "--payments");
        long seed = number(options.value("seed").orElse("42"), "--seed");
        LocalDate asOf = options.value("as-of").map(BenchIntacctCallsCommand::date).orElse(LocalDate.now(ZoneOffset.UTC));
        if (payments < 1) {
            throw new UsageException("--payments must be at least 1, got " + payments);
        }
        Clock clock = Clock.fixed(asOf.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (IntacctSandbox sandbox = IntacctSandbox.start(new SandboxOptions(0, seed, clock))) {
            IntacctCallCount count = new IntacctCallCount(sandbox, clock);
            Figures baseline = count.measure(Style.UNBATCHED, payments);
            Figures batched = count.measure(Style.BATCHED, payments);
            return print(out, seed, asOf, baseline, batched);
        }
    }

    static int print(PrintStream out, long seed, LocalDate asOf, Figures baseline, Figures batched) {
        out.printf("Intacct API calls per unit of work, sandbox seed %d as of %s (HTTP requests received; token grants left out)%n",
                seed, asOf);
        out.printf("  %-46s %10s %10s %8s%n", "unit of work", "baseline", "arbot", "ratio");
        row(out, "credit check (one sales order)", baseline.creditCheck(), batched.creditCheck());
        row(out, "daily priority list (" + batched.customers() + " customers)", baseline.priorityList(), batched.priorityList());
        batch(out, "cash-application batch (" + batched.payments() + " payments)", batched.payments(), baseline.ledger(),
                batched.ledger());
        batch(out, "the same, approved and drained by the outbox", batched.payments(), baseline.outbox(),
                batched.outbox());
        if (batched.ledger().refused() + batched.outbox().refused() + baseline.ledger().refused() + baseline.outbox().refused() > 0) {
            out.printf("  payments not posted: baseline %d and %d, arbot %d and %d%n", baseline.ledger().refused(),
                    baseline.outbox().refused(), batched.ledger().refused(), batched.outbox().refused());
        }
        boolean perPayment = within(batched.ledger().callsPerPayment(batched.payments()))
                & within(batched.outbox().callsPerPayment(batched.payments()));
        boolean reads = batched.ledger().reads() <= MAX_BATCH_READS & batched.outbox().reads() <= MAX_BATCH_READS;
        out.printf("Target: at most %s calls per posted payment, amortized: %s batch, %s outbox (%s)%n", MAX_CALLS_PER_PAYMENT,
                batched.ledger().callsPerPayment(batched.payments()).toPlainString(),
                batched.outbox().callsPerPayment(batched.payments()).toPlainString(), perPayment ? "met" : "NOT met");
        out.printf("Target: at most %d read calls for the batch: %d batch, %d outbox (%s)%n", MAX_BATCH_READS,
                batched.ledger().reads(), batched.outbox().reads(), reads ? "met" : "NOT met");
        return perPayment && reads && batched.ledger().refused() == 0 && batched.outbox().refused() == 0 ? OK : FAILED;
    }

    private static boolean within(BigDecimal callsPerPayment) {
        return callsPerPayment.compareTo(MAX_CALLS_PER_PAYMENT) <= 0;
    }

    private static void batch(PrintStream out, String unit, int payments, Batch baseline, Batch batched) {
        row(out, unit, baseline.calls(), batched.calls());
        row(out, "  of which reads", baseline.reads(), batched.reads());
        row(out, "  of which writes", baseline.writes(), batched.writes());
        out.printf("  %-46s %10s %10s%n", "  calls per posted payment", baseline.callsPerPayment(payments).toPlainString(),
                batched.callsPerPayment(payments).toPlainString());
    }

    private static void row(PrintStream out, String unit, long baseline, long batched) {
        String ratio = batched == 0 ? "n/a" : BigDecimal.valueOf(baseline).divide(BigDecimal.valueOf(batched), 1,
                RoundingMode.HALF_UP).toPlainString() + "x";
        out.printf("  %-46s %10d %10d %8s%n", unit, baseline, batched, ratio);
    }

    private static long number(String value, String option) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, got '" + value + "'");
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UsageException("--as-of must be a date like 2026-11-27, got '" + value + "'");
        }
    }
}
