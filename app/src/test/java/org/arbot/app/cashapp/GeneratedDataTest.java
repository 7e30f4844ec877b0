package org.arbot.app.cashapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedDataTest {

    @TempDir
    Path dir;

    @Test
    void the_generator_writes_the_three_input_files_and_the_truth_and_the_same_seed_gives_the_same_files() throws IOException {
        CashApplyDataset.generate(dir.resolve("a"), 5, 300);
        CashApplyDataset.generate(dir.resolve("b"), 5, 300);

        for (String file : new String[] {"customers.csv", "open_invoices.csv", "payments.csv", "truth.csv"}) {
            assertThat(Files.readString(dir.resolve("a").resolve(file))).isEqualTo(Files.readString(dir.resolve("b").resolve(file)));
        }
        CashApplyInput input = CashApplyInput.read(dir.resolve("a/customers.csv"), dir.resolve("a/open_invoices.csv"),
                dir.resolve("a/payments.csv"));
        assertThat(input.rejected()).isEmpty();
        assertThat(input.payments()).hasSize(300);
        assertThat(input.invoices()).hasSize(1350);
        assertThat(Truth.read(dir.resolve("a/truth.csv"))).hasSize(300);
    }

    @Test
    void the_baseline_reads_the_files_and_writes_one_line_per_payment() throws IOException {
        CashApplyDataset.generate(dir, 5, 200);

        int lines = ReadWriteBaseline.run(dir, dir.resolve("out.jsonl"));

        assertThat(lines).isEqualTo(200);
        assertThat(Files.readAllLines(dir.resolve("out.jsonl"))).hasSize(200);
    }
}
