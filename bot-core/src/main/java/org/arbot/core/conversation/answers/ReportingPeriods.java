package org.arbot.core.conversation.answers;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;

/** The first and last day of a period named as the parser names it ({@code last_month}, {@code Q3}, {@code P90D}, ...). */
final class ReportingPeriods {

    private ReportingPeriods() {
    }

    static LocalDate[] range(String period, LocalDate today) {
        YearMonth month = YearMonth.from(today);
        LocalDate quarterStart = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
        return switch (period) {
            case "last_month" -> new LocalDate[] {month.minusMonths(1).atDay(1), month.minusMonths(1).atEndOfMonth()};
            case "this_month" -> new LocalDate[] {month.atDay(1), today};
            case "this_quarter" -> new LocalDate[] {quarterStart, today};
            case "last_quarter" -> new LocalDate[] {quarterStart.minusMonths(3), quarterStart.minusDays(1)};
            case "this_year", "ytd" -> new LocalDate[] {today.withDayOfYear(1), today};
            case "last_year" -> new LocalDate[] {today.minusYears(1).withDayOfYear(1), today.withDayOfYear(1).minusDays(1)};
            default -> period.matches("Q[1-4]") ? quarter(Integer.parseInt(period.substring(1)), today)
                    : new LocalDate[] {today.minus(Period.parse(period)), today};
        };
    }

    private static LocalDate[] quarter(int q, LocalDate today) {
        LocalDate start = LocalDate.of(today.getYear(), (q - 1) * 3 + 1, 1);
        if (start.isAfter(today)) {
            start = start.minusYears(1);
        }
        return new LocalDate[] {start, start.plusMonths(3).minusDays(1)};
    }
}
