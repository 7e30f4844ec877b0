package org.arbot.app.forecast;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.arbot.app.cli.Command;
import org.arbot.app.cli.Options;
import org.arbot.app.cli.UsageException;
import org.arbot.core.forecast.BacktestResult;
import org.arbot.core.forecast.ForecastBacktest;
import org.arbot.core.forecast.ForecastSettings;
import org.arbot.core.forecast.ReadingReceivables;
import org.arbot.core.forecast.ReceivablesBook;

/**
 * {@code arbot bench forecast}: replays the sandbox company's history, forecasting at each month end, and prints the
 * weekly WAPE of the model beside the due-date baseline's.
 */
public final class BenchForecastCommand implements Command {

    /** The model must beat the baseline's WAPE by at least this fraction. */
    static final BigDecimal TARGET = new BigDecimal("0.30");
    /** The sandbox's history: fifteen months of invoices and payments. */
    static final int HISTORY_MONTHS = 15;

    private final Clock clock;

    public BenchForecastCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public List<String> name() {
        return List.of("bench", "forecast");
    }

    @Override
    public String summary() {
        return "backtest the 13-week cash forecast against the due-date baseline";
    }

    @Override
    public String usage() {
        return """
                Usage: arbot bench forecast [--seed N] [--as-of YYYY-MM-DD]

                Starts the Intacct sandbox in-process and reads it through the REST client (its demo company has 15 months of invoices and payments ending
                the day before --as-of, default today), forecasts 13 weeks of receipts at every month end that leaves
                4 months of history before it and 13 weeks of receipts after it, and prints the weekly WAPE
                (sum of |actual - forecast| / sum of actual) of the model and of the baseline that has every open
                invoice paid on its due date. Exit 0 when the model's WAPE is at least 30 % lower, 1 otherwise.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args, Set.of("seed", "as-of"), Set.of());
        long seed = options.value("seed").map(BenchForecastCommand::number).orElse(42L);
        LocalDate asOf = options.value("as-of").map(BenchForecastCommand::date).orElse(LocalDate.now(clock));
        ReceivablesBook book;
        try (EmbeddedSandbox sandbox = EmbeddedSandbox.start(seed, asOf)) {
            book = new ReadingReceivables(sandbox.ledger(), sandbox.clock()).read(HISTORY_MONTHS);
        }
        BacktestResult result = new ForecastBacktest(ForecastSettings.standard()).run(book);
        print(result, book, seed, out);
        return result.improvement().compareTo(TARGET) >= 0 ? OK : FAILED;
    }

    static void print(BacktestResult result, ReceivablesBook book, long seed, PrintStream out) {
        out.printf("Forecast backtest: sandbox demo company (seed %d) read through the Intacct REST client, %d customers, %d invoices, history to %s%n",
                seed, book.customers().size(), book.invoices().size(), book.asOf());
        out.printf("%-12s %16s %12s %12s%n", "forecast at", "received 13 wk", "model WAPE", "due-date WAPE");
        for (BacktestResult.Origin origin : result.origins()) {
            long received = 0;
            for (long a : origin.actual()) {
                received += a;
            }
            out.printf("%-12s %16s %12s %12s%n", origin.asOf(), BigDecimal.valueOf(received, 2).toPlainString(),
                    percent(origin.modelWape()), percent(origin.baselineWape()));
        }
        out.printf("%-12s %16s %12s %12s%n", "all", "", percent(result.modelWape()), percent(result.baselineWape()));
        out.printf("Weekly WAPE: model %s vs due-date baseline %s: %s lower (target %s); %s of weeks inside the P10-P90 range%n",
                percent(result.modelWape()), percent(result.baselineWape()), percent(result.improvement()),
                percent(TARGET), percent(result.rangeCoverage()));
        out.printf("On the invoices open at each forecast date alone (no invoices not yet issued): model %s vs due-date baseline %s%n",
                percent(result.modelWapeOnOpen()), percent(result.baselineWapeOnOpen()));
        out.println(result.improvement().compareTo(TARGET) >= 0 ? "Target met." : "Target NOT met.");
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + " %";
    }

    static long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--seed must be a whole number, got '" + text + "'");
        }
    }

    static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageException("--as-of must be a date YYYY-MM-DD, got '" + text + "'");
        }
    }
}
