package org.arbot.core.close;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.arbot.core.forecast.ReceivablesBook;
import org.arbot.core.ar.Payment;
import org.arbot.core.money.Money;

/**
 * Runs the month-end AR check for a period: reads the GL control accounts through {@link GeneralLedger}, takes the AR
 * subledger from the book, and lets the {@link CloseCheckAgent} attribute the variance.
 */
public final class CheckingClose {

    /** How far back manual entries and revaluations still sitting in the balance are looked for. */
    static final int LOOK_BACK_MONTHS = 12;

    private final GeneralLedger generalLedger;

    public CheckingClose(GeneralLedger generalLedger) {
        this.generalLedger = generalLedger;
    }

    /**
     * Checks {@code period} against the subledger in {@code book} (its history must reach back to the period);
     * {@code payments} are the subledger's payments, for unapplied cash.
     */
    public CloseCheck check(YearMonth period, ReceivablesBook book, List<Payment> payments) {
        LocalDate end = period.atEndOfMonth();
        LocalDate from = period.minusMonths(LOOK_BACK_MONTHS - 1L).atDay(1);
        LocalDate after = period.plusMonths(1).atEndOfMonth();
        List<GlAccount> accounts = generalLedger.receivablesAccounts();
        Money gl = book.zero();
        List<JournalLine> lines = new ArrayList<>();
        for (GlAccount account : accounts) {
            gl = gl.plus(generalLedger.balance(account, period));
            lines.addAll(generalLedger.lines(account, from, after));
        }
        return new CloseCheckAgent().check(new CloseFacts(period, accounts, gl, book.arOn(end), book.openOn(end).size(),
                lines, book.invoices().stream().map(h -> h.invoice()).toList(), payments));
    }
}
