package org.arbot.app.cashapp;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.arbot.core.ar.BankLine;
import org.arbot.core.cashapp.ApplyingCash;
import org.arbot.core.cashapp.CashApplication;
import org.arbot.core.cashapp.CashApplicationSettings;
import org.arbot.core.cashapp.CustomerDirectory;
import org.arbot.core.cashapp.InMemoryPayerAliases;
import org.arbot.core.cashapp.OpenInvoices;
import org.arbot.core.deductions.DeductionClassifier;
import org.arbot.core.deductions.SentenceEmbeddings;

/** Runs cash application over a batch of bank lines read from files, on every core, keeping input order. */
final class CashApplyEngine {

    private final SentenceEmbeddings embeddings;
    private final CashApplicationSettings settings;

    CashApplyEngine(SentenceEmbeddings embeddings, CashApplicationSettings settings) {
        this.embeddings = embeddings;
        this.settings = settings;
    }

    List<CashApplication> run(CashApplyInput input) {
        CompletableFuture<CustomerDirectory> directory = CompletableFuture.supplyAsync(() -> new CustomerDirectory(input.customers()));
        OpenInvoices invoices = new OpenInvoices(input.invoices());
        ApplyingCash applying = new ApplyingCash(directory.join(), invoices,
                new InMemoryPayerAliases(), customer -> List.of(), new DeductionClassifier(embeddings), settings,
                Clock.systemUTC());
        List<BankLine> lines = input.payments();
        CashApplication[] results = new CashApplication[lines.size()];
        IntStream.range(0, lines.size()).parallel().forEach(i -> results[i] = applying.apply(lines.get(i)));
        return List.of(results);
    }
}
