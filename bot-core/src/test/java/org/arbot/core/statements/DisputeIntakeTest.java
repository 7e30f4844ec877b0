package org.arbot.core.statements;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.arbot.core.money.Money;
import org.junit.jupiter.api.Test;

class DisputeIntakeTest {

    private final DisputeIntake intake = new DisputeIntake(Money.currencyOf("USD"), LocalDate.parse("2026-03-20"));

    @Test
    void a_sentence_gives_the_invoice_and_the_claimed_date_in_the_latest_past_year() {
        List<DisputedLine> lines = intake.read("ACME says INV-1042 was paid on 3 March");

        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.invoiceNumber()).isEqualTo("INV-1042");
            assertThat(line.claimedPaidOn()).contains(LocalDate.parse("2026-03-03"));
            assertThat(line.claimedAmount()).isEmpty();
        });
        assertThat(intake.read("INV-770 paid December 12").get(0).claimedPaidOn()).contains(LocalDate.parse("2025-12-12"));
    }

    @Test
    void a_list_gives_one_line_per_invoice_with_its_own_date_and_amount() {
        List<DisputedLine> lines = intake.read("""
                INV-1043 paid 2026-03-05 $1,000.00
                INV-1044; INV-1045 paid Mar 3 780.00""");

        assertThat(lines).extracting(DisputedLine::invoiceNumber).containsExactly("INV-1043", "INV-1044", "INV-1045");
        assertThat(lines.get(0).claimedAmount()).contains(Money.of("1000.00", "USD"));
        assertThat(lines.get(0).claimedPaidOn()).contains(LocalDate.parse("2026-03-05"));
        assertThat(lines.get(1).claimedPaidOn()).isEmpty();
        assertThat(lines.get(2).claimedAmount()).contains(Money.of("780.00", "USD"));
    }

    @Test
    void invoice_numbers_match_whatever_their_leading_zeros() {
        DisputedLine line = intake.read("INV-1042").get(0);
        assertThat(line.names("INV-0001042")).isTrue();
        assertThat(line.names("INV-10420")).isFalse();
    }
}
