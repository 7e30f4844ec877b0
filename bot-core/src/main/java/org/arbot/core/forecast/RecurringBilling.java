package org.arbot.core.forecast;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.money.Money;

/**
 * A customer billed once a month for about the same amount on about the same day, as seen in the three months before
 * {@code asOf}: its next invoices can be expected.
 *
 * @param dayOfMonth the usual invoice day
 * @param amount the median of the last three invoices
 * @param termDays the usual days from invoice to due date
 */
record RecurringBilling(CustomerId customerId, int dayOfMonth, Money amount, int termDays, YearMonth lastBilled) {

    static final int MONTHS = 3;
    static final BigDecimal AMOUNT_TOLERANCE = new BigDecimal("0.15");
    static final int DAY_TOLERANCE = 3;

    /** Every recurring series in the book as of its {@code asOf}. */
    static List<RecurringBilling> detect(ReceivablesBook book) {
        YearMonth current = YearMonth.from(book.asOf());
        LocalDate from = current.minusMonths(MONTHS).atDay(1);
        Map<CustomerId, List<Invoice>> recent = book.invoices().stream().map(InvoiceHistory::invoice)
                .filter(i -> !i.invoiceDate().isBefore(from))
                .collect(Collectors.groupingBy(Invoice::customerId));
        List<RecurringBilling> series = new ArrayList<>();
        recent.forEach((customer, invoices) -> of(customer, invoices, current).ifPresent(series::add));
        series.sort(Comparator.comparing(r -> r.customerId().value()));
        return series;
    }

    private static Optional<RecurringBilling> of(CustomerId customer, List<Invoice> invoices, YearMonth current) {
        List<Invoice> past = new ArrayList<>();
        for (int back = MONTHS; back >= 1; back--) {
            YearMonth month = current.minusMonths(back);
            List<Invoice> inMonth = invoices.stream().filter(i -> YearMonth.from(i.invoiceDate()).equals(month)).toList();
            if (inMonth.size() != 1) {
                return Optional.empty();
            }
            past.add(inMonth.get(0));
        }
        List<Invoice> thisMonth = invoices.stream().filter(i -> YearMonth.from(i.invoiceDate()).equals(current)).toList();
        if (thisMonth.size() > 1) {
            return Optional.empty();
        }
        Money median = past.stream().map(Invoice::total).sorted().toList().get(1);
        int day = past.stream().map(i -> i.invoiceDate().getDayOfMonth()).sorted().toList().get(1);
        for (Invoice invoice : past) {
            BigDecimal gap = invoice.total().minus(median).abs().amount();
            if (gap.compareTo(median.amount().multiply(AMOUNT_TOLERANCE)) > 0
                    || Math.abs(invoice.invoiceDate().getDayOfMonth() - day) > DAY_TOLERANCE) {
                return Optional.empty();
            }
        }
        int terms = (int) ChronoUnit.DAYS.between(past.get(2).invoiceDate(), past.get(2).dueDate());
        YearMonth last = thisMonth.isEmpty() ? current.minusMonths(1) : current;
        return Optional.of(new RecurringBilling(customer, day, median, terms, last));
    }

    /** The invoice dates expected after {@code asOf} up to {@code until}, inclusive. */
    List<LocalDate> nextInvoiceDates(LocalDate asOf, LocalDate until) {
        List<LocalDate> dates = new ArrayList<>();
        for (YearMonth month = lastBilled.plusMonths(1); !month.atDay(1).isAfter(until); month = month.plusMonths(1)) {
            LocalDate date = month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
            if (!date.isAfter(asOf)) {
                date = asOf.plusDays(1);
            }
            if (!date.isAfter(until)) {
                dates.add(date);
            }
        }
        return dates;
    }
}
