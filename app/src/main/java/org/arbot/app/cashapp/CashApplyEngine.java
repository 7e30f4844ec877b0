package org.arbot.app.cashapp;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;
import org.arbot.core.cashapp.ApplyingCash;
import org.arbot.core.cashapp.CashApplication;
import org.arbot.core.cashapp.CashApplicationSettings;
import org.arbot.core.cashapp.CustomerDirectory;
import org.arbot.core.cashapp.InMemoryPayerAliases;
import org.arbot.core.cashapp.OpenInvoices;
import org.arbot.core.cashapp.PreparedLine;
import org.arbot.core.cashapp.PreparingLines;
import org.arbot.core.deductions.DeductionClassifier;
import org.arbot.core.deductions.SentenceEmbeddings;

/**
 * Runs cash application over the three files on two cores: the invoices are read and indexed on one while the
 * customers and payments are read and each payment's references and possible payers found on the other; then every
 * payment is applied on every core. Results keep the payments' input order.
 */
final class CashApplyEngine {

    /** The results in input order, the input they came from, and how long reading and preparing took. */
    record Outcome(CashApplyInput input, List<CashApplication> results, long readNanos) {
    }

    /** The invoice file's rows and the index of its open invoices. */
    private record Book(CashApplyInput.Rows<Invoice> invoices, OpenInvoices open) {

        static Book read(Path file) {
            CashApplyInput.Rows<Invoice> invoices = CashApplyInput.invoices(file);
            return new Book(invoices, new OpenInvoices(invoices.values()));
        }
    }

    private final SentenceEmbeddings embeddings;
    private final CashApplicationSettings settings;

    CashApplyEngine(SentenceEmbeddings embeddings, CashApplicationSettings settings) {
        this.embeddings = embeddings;
        this.settings = settings;
    }

    Outcome run(Path customersFile, Path invoicesFile, Path paymentsFile) {
        long start = System.nanoTime();
        CompletableFuture<Book> book = CompletableFuture.supplyAsync(() -> Book.read(invoicesFile));
        CashApplyInput.Rows<Customer> customers = CashApplyInput.customers(customersFile);
        PreparingLines preparing = new PreparingLines(new CustomerDirectory(customers.values()), new InMemoryPayerAliases());
        CashApplyInput.Rows<BankLine> payments = CashApplyInput.payments(paymentsFile);
        List<BankLine> lines = payments.values();
        // Here and on the pool's worker, while the invoices load on their own thread.
        PreparedLine[] prepared = new PreparedLine[lines.size()];
        IntStream.range(0, prepared.length).parallel().forEach(i -> prepared[i] = preparing.prepare(lines.get(i)));
        Book read = CashApplyInput.joined(book);
        long readNanos = System.nanoTime() - start;
        ApplyingCash applying = new ApplyingCash(preparing, read.open(), customer -> List.of(),
                new DeductionClassifier(embeddings), settings, Clock.systemUTC());
        CashApplication[] results = new CashApplication[prepared.length];
        IntStream.range(0, prepared.length).parallel().forEach(i -> results[i] = applying.apply(prepared[i]));
        return new Outcome(CashApplyInput.of(customers, read.invoices(), payments), List.of(results), readNanos);
    }
}
