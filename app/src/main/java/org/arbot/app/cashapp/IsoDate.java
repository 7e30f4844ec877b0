package org.arbot.app.cashapp;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the ISO-8601 calendar dates of the input files ({@code 2026-11-27}) without the general formatter, which
 * was the largest cost of reading 180,000 invoices; anything else goes to {@link LocalDate#parse}, so a bad date
 * fails exactly as it would there.
 */
final class IsoDate {

    private IsoDate() {
    }

    static LocalDate parse(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    // out of range (2026-02-30): let the formatter report it
                }
            }
        }
        return LocalDate.parse(text);
    }

    /** The number written in {@code text[from, to)}, or -1 when a character there is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
