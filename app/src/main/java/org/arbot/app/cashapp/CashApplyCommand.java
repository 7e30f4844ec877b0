package org.arbot.app.cashapp;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.arbot.app.cli.Command;
import org.arbot.app.cli.Options;
import org.arbot.app.cli.UsageException;
import org.arbot.app.language.MiniLmEmbeddings;
import org.arbot.core.cashapp.CashApplication;
import org.arbot.core.cashapp.CashApplicationSettings;
import org.arbot.core.deductions.SentenceEmbeddings;

/** {@code arbot cash-apply}: applies the payments of a file to open invoices and writes one JSON line per payment. */
public final class CashApplyCommand implements Command {

    @Override
    public List<String> name() {
        return List.of("cash-apply");
    }

    @Override
    public String summary() {
        return "match payments to open invoices, deductions and exceptions";
    }

    @Override
    public String usage() {
        return """
                Usage: arbot cash-apply --customers customers.csv --invoices open_invoices.csv --payments payments.csv \\
                                        --out applications.jsonl [--bank-fee-tolerance 25.00] [--auto-apply-at 0.90] [--embeddings minilm|none] [--stats]

                Writes one JSON object per payment, in input order: decision AUTO_APPLY | REVIEW | UNMATCHED, customer,
                confidence, applications, deductions (reason, validity, evidence), unapplied amount and reasons.
                customers.csv: customer_id,name,parent_id[,terms][,aliases]  (terms like N30 or 2/10 N30; aliases split by |)
                open_invoices.csv: invoice_id,customer_id,invoice_date,due_date,currency,total,balance,po_number
                payments.csv: payment_id,received_date,currency,amount,payer_name,reference,remittance[,customer_id]
                --embeddings none reads deduction reasons from codes and keywords only (no model load).
                Bad rows are reported on stderr as file:line: reason and skipped; the exit code is then 3.""";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Options options = Options.parse(args,
                Set.of("customers", "invoices", "payments", "out", "bank-fee-tolerance", "auto-apply-at", "embeddings"),
                Set.of("stats"));
        if (!options.positional().isEmpty()) {
            throw new UsageException("unexpected argument " + options.positional().get(0));
        }
        CashApplicationSettings settings = settings(options);
        SentenceEmbeddings embeddings = switch (options.value("embeddings").orElse("minilm")) {
            case "minilm" -> MiniLmEmbeddings.loadingInBackground();
            case "none" -> SentenceEmbeddings.none();
            default -> throw new UsageException("--embeddings must be minilm or none");
        };
        long start = System.nanoTime();
        long cpuAtStart = processCpuMs();
        CashApplyEngine.Outcome outcome = new CashApplyEngine(embeddings, settings).run(Path.of(options.required("customers")),
                Path.of(options.required("invoices")), Path.of(options.required("payments")));
        CashApplyInput input = outcome.input();
        input.rejected().forEach(r -> err.println("rejected " + r));
        long matched = System.nanoTime();
        long cpuMatched = processCpuMs();
        write(Path.of(options.required("out")), outcome.results());
        if (options.flag("stats")) {
            err.printf("cash-apply: %d payments, %d open invoices, %d customers in %d ms (read and prepare %d, match %d,"
                    + " write %d); process cpu %d ms (read and match %d, write %d); peak heap %d MiB%n",
                    input.payments().size(), input.invoices().size(), input.customers().size(),
                    (System.nanoTime() - start) / 1_000_000, outcome.readNanos() / 1_000_000,
                    (matched - start - outcome.readNanos()) / 1_000_000, (System.nanoTime() - matched) / 1_000_000,
                    processCpuMs() - cpuAtStart, cpuMatched - cpuAtStart, processCpuMs() - cpuMatched, peakHeapMiB());
        }
        if (!input.rejected().isEmpty()) {
            err.println("cash-apply: " + input.rejected().size() + " row(s) rejected");
            return PARTIAL;
        }
        return OK;
    }

    static CashApplicationSettings settings(Options options) {
        CashApplicationSettings settings = CashApplicationSettings.defaults();
        try {
            if (options.value("bank-fee-tolerance").isPresent()) {
                settings = settings.withBankFeeTolerance(new BigDecimal(options.value("bank-fee-tolerance").get()));
            }
            if (options.value("auto-apply-at").isPresent()) {
                settings = new CashApplicationSettings(settings.bankFeeTolerance(),
                        Double.parseDouble(options.value("auto-apply-at").get()), settings.subsetMaxInvoices(), settings.subsetBudget());
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return settings;
    }

    static void write(Path out, List<CashApplication> results) {
        try (OutputStream w = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            ApplicationsJson.lines(w, results);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    /** CPU time of the whole process so far (every thread, the JIT and the collector included), in ms. */
    private static long processCpuMs() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(0L);
    }

    static long peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
