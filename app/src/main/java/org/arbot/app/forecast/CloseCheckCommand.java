package org.arbot.app.forecast;

import java.io.PrintStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import org.arbot.app.cli.Command;
import org.arbot.app.cli.Options;
import org.arbot.app.cli.UsageException;
import org.arbot.core.close.CheckingClose;
import org.arbot.core.close.CloseCheck;
import org.arbot.core.close.CloseCheckCard;
import org.arbot.core.close.VarianceCause;
import org.arbot.core.forecast.ReadingReceivables;
import org.arbot.core.forecast.ReceivablesBook;

/**
 * {@code arbot close-check --period YYYY-MM}: compares the AR control account with the AR subledger at the period's end
 * and prints the variance with its likely causes and the records behind each, as the controller's card shows them.
 */
public final class CloseCheckCommand implements Command {

    private final Clock clock;

    public CloseCheckCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<String> name() {
        return List.of("close-check");
    }

    @Override
    public String summary() {
        return "compare the AR control account with the AR subledger for a month";
    }

    @Override
    public String usage() {
        return """
                Usage: arbot close-check --period YYYY-MM [--seed N] [--as-of YYYY-MM-DD]

                Compares the balance of the GL accounts-receivable control account at the end of the period with the
                AR subledger's open items then, and lists the variance's likely causes (manual journal entries to the
                AR account, items posted in another period, unapplied cash, currency revaluation) with their records.
                Runs against the embedded sandbox company (--seed, history ending the day before --as-of, default
                today). Exit 0 when the books agree or the variance is fully explained, 1 when some is unexplained.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args, Set.of("period", "seed", "as-of"), Set.of());
        YearMonth period = period(options.required("period"));
        long seed = options.value("seed").map(BenchForecastCommand::number).orElse(42L);
        LocalDate asOf = options.value("as-of").map(BenchForecastCommand::date).orElse(LocalDate.now(clock));
        if (!period.atEndOfMonth().isBefore(asOf)) {
            throw new UsageException("period " + period + " has not ended by " + asOf);
        }
        CloseCheck check;
        try (EmbeddedSandbox sandbox = EmbeddedSandbox.start(seed, asOf)) {
            ReceivablesBook book = new ReadingReceivables(sandbox.ledger(), sandbox.clock()).read(BenchForecastCommand.HISTORY_MONTHS);
            check = new CheckingClose(sandbox.generalLedger()).check(period, book,
                    sandbox.ledger().payments(period.minusMonths(11).atDay(1)));
        }
        print(check, out);
        return check.status() == CloseCheck.Status.UNEXPLAINED ? FAILED : OK;
    }

    static void print(CloseCheck check, PrintStream out) {
        out.printf("AR close check %s: %s%n", check.period(), check.status());
        out.printf("  GL control account(s) %s: %s%n", check.accounts(), check.glBalance());
        out.printf("  AR subledger open items (%d invoices): %s%n", check.openItems(), check.subledgerBalance());
        out.printf("  Variance (GL - subledger): %s%n", check.variance());
        for (VarianceCause cause : check.causes()) {
            out.printf("  %s: %s. %s%n", CloseCheckCard.label(cause.kind()), cause.amount(), cause.explanation());
            cause.records().forEach(record -> out.println("    - " + record));
        }
        out.printf("  Unexplained: %s%n", check.unexplained());
    }

    private static YearMonth period(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageException("--period must be a month YYYY-MM, got '" + text + "'");
        }
    }
}
