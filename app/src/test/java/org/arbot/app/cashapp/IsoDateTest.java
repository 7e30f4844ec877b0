package org.arbot.app.cashapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDateTest {

    @Test
    void reads_every_calendar_date_of_three_centuries_as_the_formatter_does() {
        for (LocalDate date = LocalDate.of(1900, 1, 1); date.getYear() < 2200; date = date.plusDays(1)) {
            assertThat(IsoDate.parse(date.toString())).isEqualTo(date);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-13-01", "2026-1-01", "26-11-27", "2026/11/27", "2026-11-2x", "", "2026-11-27T00"})
    void rejects_what_the_formatter_rejects_with_its_exception(String text) {
        assertThatThrownBy(() -> LocalDate.parse(text)).isInstanceOf(DateTimeParseException.class);
        assertThatThrownBy(() -> IsoDate.parse(text)).isInstanceOf(DateTimeParseException.class)
                .extracting(e -> ((DateTimeParseException) e).getParsedString()).isEqualTo(text);
    }
}
