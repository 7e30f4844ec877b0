package org.arbot.app.agents;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.arbot.app.cli.Command;
import org.arbot.app.cli.Options;
import org.arbot.app.cli.UsageException;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;
import org.arbot.core.collections.BacktestResult;
import org.arbot.core.collections.BacktestResult.Hits;
import org.arbot.core.collections.CollectionsBacktest;
import org.arbot.core.ledger.Ledger;
import org.arbot.intacct.IntacctLedger;
import org.arbot.intacct.IntacctSettings;
import org.arbot.intacct.sandbox.IntacctSandbox;
import org.arbot.intacct.sandbox.SandboxOptions;

/**
 * {@code arbot bench collections}: backtests the collections risk ranking on the sandbox's invoice history, read through
 * the Intacct REST client, against the baseline "largest overdue amount first", and prints precision@k and recall@k.
 */
public final class BenchCollectionsCommand implements Command {

    @Override
    public List<String> name() {
        return List.of("bench", "collections");
    }

    @Override
    public String summary() {
        return "backtest the collections risk ranking against sorting by overdue amount";
    }

    @Override
    public String usage() {
        return """
                Usage: arbot bench collections [--seed N] [--as-of YYYY-MM-DD]

                Starts the Intacct sandbox in-process, reads its 15 months of invoices through the REST client and, at each
                month-end, ranks every customer by risk score. A customer is a positive when one of its invoices becomes
                30+ days later than the customer's usual lateness during the following month. Prints precision@k and
                recall@k for the top quartile (k = a quarter of the customers each month) of the risk ranking, the priority
                ranking (overdue x risk) and the baseline (largest overdue amount first).

                  --seed N          the demo company's seed (default 42)
                  --as-of DATE      the day the history ends (default today, UTC)""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args, Set.of("seed", "as-of"), Set.of());
        long seed = options.value("seed").map(BenchCollectionsCommand::seed).orElse(42L);
        LocalDate asOf = options.value("as-of").map(BenchCollectionsCommand::date).orElse(LocalDate.now(ZoneOffset.UTC));
        Clock clock = Clock.fixed(asOf.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        try (IntacctSandbox sandbox = IntacctSandbox.start(new SandboxOptions(0, seed, clock))) {
            Ledger ledger = IntacctLedger.connect(IntacctSettings.of(sandbox.baseUrl(), sandbox.clientId(), sandbox.clientSecret()), clock);
            List<Customer> customers = ledger.customers();
            List<Invoice> history = Stream.concat(ledger.openInvoices().stream(),
                    ledger.paidInvoices(asOf.minusMonths(18)).stream()).toList();
            BacktestResult result = new CollectionsBacktest().run(customers, history, asOf);
            print(out, seed, customers.size(), history.size(), result);
        }
        return OK;
    }

    private static void print(PrintStream out, long seed, int customers, int invoices, BacktestResult r) {
        out.printf("Collections backtest on the sandbox's history (seed %d): %d customers, %d invoices%n", seed, customers, invoices);
        out.printf("Month-ends tested: %d; customer-months ranked: %d; positives (30+ days later than usual next month): %d%n",
                r.months(), r.ranked(), r.positives());
        out.printf("Top quartile each month, %d customer-months in all:%n", r.risk().k());
        out.printf("  %-34s %12s %9s %6s%n", "ranking", "precision@k", "recall@k", "hits");
        line(out, "risk score", r.risk());
        line(out, "priority (overdue x risk)", r.impact());
        line(out, "overdue amount (baseline)", r.overdue());
        boolean beats = r.risk().precision().compareTo(r.overdue().precision()) > 0
                && r.risk().recall().compareTo(r.overdue().recall()) > 0;
        out.println("Risk ranking vs overdue amount: " + (beats ? "better on both precision@k and recall@k"
                : "not better on both precision@k and recall@k"));
    }

    private static void line(PrintStream out, String name, Hits hits) {
        out.printf("  %-34s %12s %9s %6d%n", name, hits.precision().toPlainString(), hits.recall().toPlainString(), hits.hits());
    }

    private static long seed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed must be a whole number, got '" + value + "'");
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
