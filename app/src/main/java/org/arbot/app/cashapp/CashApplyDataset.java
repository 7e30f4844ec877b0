package org.arbot.app.cashapp;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a realistic cash-application data set into a folder: {@code customers.csv}, {@code open_invoices.csv},
 * {@code payments.csv} and {@code truth.csv}. Sizes follow the payment count in the benchmark's proportions
 * (40,000 payments : 180,000 open invoices : 6,000 customers); the same seed gives the same files.
 */
final class CashApplyDataset {

    private CashApplyDataset() {
    }

    static void generate(Path dir, long seed, int payments) {
        Random random = new Random(seed);
        int customers = Math.max(40, payments * 3 / 20);
        int invoices = Math.max(400, payments * 9 / 2);
        GeneratedBook book = new GeneratedBook(random, customers, invoices);
        PaymentCases cases = new PaymentCases(random, book);
        List<Truth> truths = new ArrayList<>(payments);
        try {
            Files.createDirectories(dir);
            book.write(dir);
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("payments.csv"), StandardCharsets.UTF_8)) {
                w.write("payment_id,received_date,currency,amount,payer_name,reference,remittance\n");
                for (int n = 1; n <= payments; n++) {
                    GeneratedPayment p = cases.next(n);
                    w.write(p.csvRow());
                    truths.add(p.truth());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the data set to " + dir + ": " + e.getMessage(), e);
        }
        Truth.write(dir.resolve("truth.csv"), truths);
    }
}
