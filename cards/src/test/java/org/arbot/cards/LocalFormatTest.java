package org.arbot.cards;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalFormatTest {

    private final LocalFormat us = LocalFormat.of(Locale.US, ZoneId.of("America/New_York"));
    private final LocalFormat germany = LocalFormat.of(Locale.GERMANY, ZoneId.of("Europe/Berlin"));

    @Test
    void money_uses_the_readers_grouping_symbol_and_the_currencys_minor_unit() {
        assertThat(us.money(new BigDecimal("1234567.891"), "USD")).isEqualTo("$1,234,567.89");
        assertThat(germany.money(new BigDecimal("1234.5"), "EUR")).isEqualTo("1.234,50\u00A0\u20AC");
        assertThat(us.money(new BigDecimal("1234.5"), "JPY")).isEqualTo("\u00A51,234");
        assertThat(us.money(new BigDecimal("-42"), "USD")).isEqualTo("-$42.00");
    }

    @Test
    void money_rounds_half_even_to_the_minor_unit() {
        assertThat(us.money(new BigDecimal("0.125"), "USD")).isEqualTo("$0.12");
        assertThat(us.money(new BigDecimal("0.135"), "USD")).isEqualTo("$0.14");
    }

    @Test
    void percentages_are_given_in_points_and_keep_one_decimal() {
        assertThat(us.percent(new BigDecimal("96.5"))).isEqualTo("96.5%");
        assertThat(us.percent(new BigDecimal("114.66"))).isEqualTo("114.7%");
        assertThat(germany.percent(new BigDecimal("12"))).isEqualTo("12\u00A0%");
    }

    @Test
    void dates_and_times_follow_the_locale_and_the_readers_zone() {
        assertThat(us.date(LocalDate.of(2026, 11, 27))).isEqualTo("Nov 27, 2026");
        assertThat(germany.date(LocalDate.of(2026, 11, 27))).isEqualTo("27.11.2026");
        assertThat(us.dateTime(Instant.parse("2026-11-27T15:42:00Z"))).isEqualTo("Nov 27, 2026, 10:42 AM America/New_York");
        assertThat(us.number(1234567)).isEqualTo("1,234,567");
    }
}
