package org.arbot.app.cashapp;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The speed baseline: the least a cash-application run must do, reading the three files with the same CSV parser
 * and writing one line per payment, with no matching at all.
 */
final class ReadWriteBaseline {

    private ReadWriteBaseline() {
    }

    /** Reads the data set in {@code dir} and writes one line per payment to {@code out}; returns the payment count. */
    static int run(Path dir, Path out) {
        int[] rows = new int[3];
        CsvTable.read(dir.resolve("customers.csv"), CashApplyInput.CUSTOMER_COLUMNS, row -> rows[0]++);
        CsvTable.read(dir.resolve("open_invoices.csv"), CashApplyInput.INVOICE_COLUMNS, row -> rows[1]++);
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            CsvTable.read(dir.resolve("payments.csv"), CashApplyInput.PAYMENT_COLUMNS, row -> {
                try {
                    w.write("{\"payment_id\":\"" + row.text("payment_id") + "\",\"amount\":\"" + row.text("amount") + "\"}\n");
                    rows[2]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows[2];
    }

    static List<String> files() {
        return List.of("customers.csv", "open_invoices.csv", "payments.csv");
    }
}
