package org.arbot.app.cashapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.arbot.app.language.MiniLmEmbeddings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accuracy regressions fail the build: the engine, with the real sentence model, against generated data with truth. */
class CashApplyAccuracyTest {

    @TempDir
    Path dir;

    @Test
    void the_engine_meets_the_targets_on_1500_generated_payments() {
        CashApplyDataset.generate(dir, 20261127L, 1500);

        Scorecard score = CashApplyBenchCommand.score(dir, MiniLmEmbeddings.loadingInBackground());

        ByteArrayOutputStream report = new ByteArrayOutputStream();
        score.print(new PrintStream(report, true, StandardCharsets.UTF_8));
        String printed = report.toString(StandardCharsets.UTF_8);
        assertThat(score.autoRate()).as(printed).isGreaterThanOrEqualTo(Scorecard.AUTO_RATE_TARGET);
        assertThat(score.precision()).as(printed).isGreaterThanOrEqualTo(Scorecard.PRECISION_TARGET);
        assertThat(score.unknownAuto).as(printed).isZero();
        assertThat(score.deductionAccuracy()).as(printed).isGreaterThanOrEqualTo(Scorecard.DEDUCTION_TARGET);
        assertThat(score.deductions).as("deductions covered").isGreaterThan(200);
        assertThat(score.byKind.keySet()).as("every case covered").containsAll(PaymentCases.kinds());
    }
}
