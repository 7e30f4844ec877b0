package org.arbot.core.conversation.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FiguresFromToolsTest {

    private final FiguresFromTools figures = new FiguresFromTools(List.of(
            "Harbor Foods paid $9,120.00 against INV-0001001 ($9,600.00 open), $480.00 short.\n"
                    + "• Payment: BL-3302 of $9,120.00 received 2026-11-25\n• Risk: 42 % of 3 orders"));

    @Test
    void amounts_written_another_way_are_the_same_figure() {
        assertThat(figures.unsupported("They paid 9120 USD, $480 short of the $9,600.00 open.")).isEmpty();
    }

    @Test
    void an_amount_no_tool_returned_is_reported() {
        assertThat(figures.unsupported("They paid $9,120.00 and are $520.00 short.")).containsExactly("520");
    }

    @Test
    void a_computed_or_rounded_figure_is_reported_too() {
        assertThat(figures.unsupported("That is 5 % of the invoice, about $9.1k.")).containsExactly("5", "9");
    }

    @Test
    void dates_match_written_out_or_iso_and_a_wrong_day_is_reported() {
        assertThat(figures.unsupported("Received on Nov 25, 25 November 2026 and 2026-11-25.")).isEmpty();
        assertThat(figures.unsupported("Received on November 24th.")).containsExactly("11-24");
    }

    @Test
    void record_numbers_must_come_from_a_tool() {
        assertThat(figures.unsupported("It pays INV-0001001 through BL-3302.")).isEmpty();
        assertThat(figures.unsupported("It pays INV-0001009.")).containsExactly("INV-0001009");
    }

    @Test
    void percentages_and_counts_are_numbers_and_list_numbering_is_not_a_figure() {
        assertThat(figures.unsupported("1. Risk 42%\n2. 3 orders")).isEmpty();
        assertThat(figures.unsupported("Risk 43%")).containsExactly("43");
    }

    @Test
    void with_no_tool_result_any_figure_is_unsupported_and_plain_words_pass() {
        FiguresFromTools none = new FiguresFromTools(List.of());

        assertThat(none.unsupported("I can help with aging, short-pays and forecasts.")).isEmpty();
        assertThat(none.unsupported("Acme owes $1,000.")).containsExactly("1000");
    }
}
