package org.arbot.core.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.arbot.core.money.Money;

/**
 * DSO projected for coming months from expected receipts: the AR at each month's end is what the expected receipts
 * leave unpaid by then; the month's sales are those already invoiced plus the invoices expected.
 */
final class PredictiveDso {

    private PredictiveDso() {
    }

    /** DSO for the month of the book's {@code asOf} (unless it is its last day) and the {@code months} after it. */
    static List<MonthlyDso> project(ReceivablesBook book, List<ExpectedReceipt> receipts, int months) {
        LocalDate asOf = book.asOf();
        YearMonth first = asOf.equals(YearMonth.from(asOf).atEndOfMonth()) ? YearMonth.from(asOf).plusMonths(1)
                : YearMonth.from(asOf);
        YearMonth last = YearMonth.from(asOf).plusMonths(months);
        List<MonthlyDso> projected = new ArrayList<>();
        List<Dso.MonthSales> future = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            LocalDate end = month.atEndOfMonth();
            Money ar = book.zero();
            BigDecimal unpaid = BigDecimal.ZERO;
            Money sales = book.salesBetween(month.atDay(1), asOf);
            for (ExpectedReceipt receipt : receipts) {
                if (receipt.issued().isAfter(end)) {
                    continue;
                }
                unpaid = unpaid.add(receipt.amount().amount().multiply(BigDecimal.valueOf(receipt.unpaidAfter(end)))
                        .divide(BigDecimal.valueOf(receipt.payDates().size()), 6, RoundingMode.HALF_UP));
                if (receipt.source() != ExpectedReceipt.Source.OPEN_INVOICE && !receipt.issued().isBefore(month.atDay(1))) {
                    sales = sales.plus(receipt.amount());
                }
            }
            ar = Money.of(unpaid, book.currency(), RoundingMode.HALF_UP);
            future.add(0, new Dso.MonthSales(sales, month.lengthOfMonth()));
            List<Dso.MonthSales> back = new ArrayList<>(future);
            for (YearMonth m = first.minusMonths(1); back.size() < 24; m = m.minusMonths(1)) {
                back.add(new Dso.MonthSales(book.salesBetween(m.atDay(1), m.atEndOfMonth()), m.lengthOfMonth()));
            }
            projected.add(new MonthlyDso(month, ar, sales, Dso.standard(ar, sales, month.lengthOfMonth()),
                    Dso.countback(ar, back)));
        }
        return projected;
    }
}
