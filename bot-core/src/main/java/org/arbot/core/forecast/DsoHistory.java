package org.arbot.core.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** DSO per month by the standard and countback methods, its current value and trend. */
public record DsoHistory(List<MonthlyDso> months) {

    public DsoHistory {
        months = List.copyOf(months);
    }

    /** DSO for each month from {@code first} to {@code last}, inclusive, read from the book. */
    public static DsoHistory of(ReceivablesBook book, YearMonth first, YearMonth last) {
        YearMonth earliest = book.invoices().isEmpty() ? first
                : YearMonth.from(book.invoices().get(0).invoice().invoiceDate());
        List<MonthlyDso> months = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            var ar = book.arOn(month.atEndOfMonth());
            var sales = book.salesBetween(month.atDay(1), month.atEndOfMonth());
            List<Dso.MonthSales> back = new ArrayList<>();
            for (YearMonth m = month; !m.isBefore(earliest); m = m.minusMonths(1)) {
                back.add(new Dso.MonthSales(book.salesBetween(m.atDay(1), m.atEndOfMonth()), m.lengthOfMonth()));
            }
            months.add(new MonthlyDso(month, ar, sales, Dso.standard(ar, sales, month.lengthOfMonth()),
                    Dso.countback(ar, back)));
        }
        return new DsoHistory(months);
    }

    public Optional<MonthlyDso> current() {
        return months.isEmpty() ? Optional.empty() : Optional.of(months.get(months.size() - 1));
    }

    public Optional<MonthlyDso> month(YearMonth month) {
        return months.stream().filter(m -> m.month().equals(month)).findFirst();
    }

    /**
     * The trend of countback DSO over the last {@code n} months, in days per month: the least-squares slope; zero with
     * fewer than two months.
     */
    public BigDecimal trend(int n) {
        List<MonthlyDso> last = months.subList(Math.max(0, months.size() - n), months.size());
        int count = last.size();
        if (count < 2) {
            return BigDecimal.ZERO.setScale(Dso.SCALE);
        }
        double meanX = (count - 1) / 2.0;
        double meanY = last.stream().mapToDouble(m -> m.countback().doubleValue()).average().orElse(0);
        double num = 0;
        double den = 0;
        for (int i = 0; i < count; i++) {
            num += (i - meanX) * (last.get(i).countback().doubleValue() - meanY);
            den += (i - meanX) * (i - meanX);
        }
        return BigDecimal.valueOf(num / den).setScale(Dso.SCALE, RoundingMode.HALF_UP);
    }
}
