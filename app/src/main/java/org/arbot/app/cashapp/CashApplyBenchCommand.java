package org.arbot.app.cashapp;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.arbot.app.cli.Command;
import org.arbot.app.cli.Options;
import org.arbot.app.cli.UsageException;
import org.arbot.app.language.MiniLmEmbeddings;
import org.arbot.core.cashapp.CashApplication;

/**
 * {@code arbot bench cash-apply}: generates a data set with known truth, scores the engine on one against the
 * targets and the lockbox-rules baseline, or runs the read-and-write speed baseline.
 */
public final class CashApplyBenchCommand implements Command {

    @Override
    public List<String> name() {
        return List.of("bench", "cash-apply");
    }

    @Override
    public String summary() {
        return "generate cash-application data, score the engine, or run the speed baseline";
    }

    @Override
    public String usage() {
        return """
                Usage: arbot bench cash-apply --generate DIR [--seed 42] [--payments 2000]
                       arbot bench cash-apply DIR
                       arbot bench cash-apply --baseline DIR [--out FILE]

                --generate writes customers.csv, open_invoices.csv, payments.csv and truth.csv (40,000 payments go with
                180,000 open invoices and 6,000 customers; smaller runs keep the proportions).
                DIR scores the engine: auto-applied correctly, precision of AUTO_APPLY, REVIEW accuracy, AUTO_APPLY on
                unknown payers and deduction reasons, next to lockbox rules; exits 1 when a target is missed.
                --baseline only reads the three files and writes one line per payment (the speed floor).""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args, Set.of("generate", "seed", "payments", "baseline", "out"), Set.of());
        if (options.value("generate").isPresent()) {
            int payments = number(options.value("payments").orElse("2000"), "payments");
            long seed = number(options.value("seed").orElse("42"), "seed");
            Path dir = Path.of(options.value("generate").get());
            CashApplyDataset.generate(dir, seed, payments);
            out.println("wrote " + payments + " payments with truth to " + dir);
            return OK;
        }
        if (options.value("baseline").isPresent()) {
            Path dir = Path.of(options.value("baseline").get());
            int n = ReadWriteBaseline.run(dir, Path.of(options.value("out").orElse(dir.resolve("baseline.jsonl").toString())));
            out.println("baseline: read the files and wrote " + n + " lines");
            return OK;
        }
        if (options.positional().size() != 1) {
            throw new UsageException("give one data set folder, --generate DIR or --baseline DIR");
        }
        Path dir = Path.of(options.positional().get(0));
        Scorecard score = score(dir, MiniLmEmbeddings.loadingInBackground());
        score.print(out);
        return score.meetsTargets() ? OK : FAILED;
    }

    static Scorecard score(Path dir, org.arbot.core.deductions.SentenceEmbeddings embeddings) {
        CashApplyEngine.Outcome outcome = new CashApplyEngine(embeddings, org.arbot.core.cashapp.CashApplicationSettings.defaults())
                .run(dir.resolve("customers.csv"), dir.resolve("open_invoices.csv"), dir.resolve("payments.csv"));
        CashApplyInput input = outcome.input();
        return Scorecard.of(input.payments(), outcome.results(), Truth.read(dir.resolve("truth.csv")), input.invoices());
    }

    private static int number(String text, String option) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new UsageException("--" + option + " must be a whole number, got '" + text + "'");
        }
    }
}
