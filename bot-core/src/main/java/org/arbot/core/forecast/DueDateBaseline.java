package org.arbot.core.forecast;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.arbot.core.money.Money;

/** The naive forecast to beat: every open invoice is paid in full on its due date, overdue ones in the first week. */
public final class DueDateBaseline {

    private DueDateBaseline() {
    }

    /** Expected receipts per week for {@code weeks} weeks after the book's {@code asOf}. */
    public static List<Money> weekly(ReceivablesBook book, int weeks) {
        LocalDate asOf = book.asOf();
        List<Money> byWeek = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            byWeek.add(book.zero());
        }
        for (InvoiceHistory open : book.openOn(asOf)) {
            LocalDate due = open.invoice().dueDate();
            long week = due.isAfter(asOf) ? (due.toEpochDay() - asOf.toEpochDay() - 1) / 7 : 0;
            if (week < weeks) {
                byWeek.set((int) week, byWeek.get((int) week).plus(open.balanceOn(asOf)));
            }
        }
        return byWeek;
    }
}
