package org.arbot.cards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * Formats amounts, percentages, dates and times for one reader's locale and time zone; money is never a double.
 */
public record LocalFormat(Locale locale, ZoneId zone) {

    public LocalFormat {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(zone, "zone");
    }

    public static LocalFormat of(Locale locale, ZoneId zone) {
        return new LocalFormat(locale, zone);
    }

    /** The amount in {@code currencyCode} (ISO 4217), rounded half-even to the currency's minor unit. */
    public String money(BigDecimal amount, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(amount.setScale(digits, RoundingMode.HALF_EVEN));
    }

    /** A percentage given in points ({@code 12.5} is 12.5 %), with at most one decimal. */
    public String percent(BigDecimal points) {
        NumberFormat format = NumberFormat.getPercentInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(0);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        return format.format(points.movePointLeft(2));
    }

    /** A whole number with the locale's grouping, e.g. days or counts. */
    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale).format(value);
    }

    /** A calendar date in the locale's medium style, e.g. "Nov 27, 2026". */
    public String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** An instant in the reader's zone, date and short time, with the zone's name. */
    public String dateTime(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .format(instant.atZone(zone)) + " " + zone.getId();
    }
}
