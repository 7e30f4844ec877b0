package org.arbot.core.conversation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the date a message means, relative to today: "friday", "tomorrow", "12/10", "dec 15", "end of month". */
final class Dates {

    static final Pattern DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b|\\b(\\d{1,2})/(\\d{1,2})\\b"
            + "|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? (\\d{1,2})(st|nd|rd|th)?\\b"
            + "|\\b(today|tomorrow)\\b|\\b(?:next )?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
            + "|\\bend of (the )?month\\b|\\bnext week\\b");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");

    private Dates() {
    }

    /** The first date named; weekdays mean the next such day after today, dates without a year the next one to come. */
    static Optional<LocalDate> first(String words, LocalDate today) {
        Matcher m = DATE.matcher(words);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            if (m.group(1) != null) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            if (m.group(4) != null) {
                return Optional.of(upcoming(today, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5))));
            }
            if (m.group(6) != null) {
                return Optional.of(upcoming(today, MONTHS.indexOf(m.group(6)) + 1, Integer.parseInt(m.group(7))));
            }
            if (m.group(9) != null) {
                return Optional.of(m.group(9).equals("today") ? today : today.plusDays(1));
            }
            if (m.group(10) != null) {
                DayOfWeek day = DayOfWeek.valueOf(m.group(10).toUpperCase(Locale.ROOT));
                int ahead = (day.getValue() - today.getDayOfWeek().getValue() + 7) % 7;
                return Optional.of(today.plusDays(ahead == 0 ? 7 : ahead));
            }
            if (m.group().startsWith("end")) {
                return Optional.of(YearMonth.from(today).atEndOfMonth());
            }
            return Optional.of(today.plusDays(7));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    static String withoutDates(String words) {
        return DATE.matcher(words).replaceAll(" ");
    }

    private static LocalDate upcoming(LocalDate today, int month, int day) {
        LocalDate thisYear = LocalDate.of(today.getYear(), month, day);
        return thisYear.isBefore(today) ? thisYear.plusYears(1) : thisYear;
    }
}
