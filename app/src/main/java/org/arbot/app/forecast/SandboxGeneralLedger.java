package org.arbot.app.forecast;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.arbot.core.close.GeneralLedger;
import org.arbot.core.close.GlAccount;
import org.arbot.core.close.JournalLine;
import org.arbot.core.forecast.InvoiceHistory;
import org.arbot.core.forecast.ReceivablesBook;
import org.arbot.core.forecast.Settlement;
import org.arbot.core.money.Money;

/**
 * The general ledger of the sandbox's demo company, which serves no general-ledger objects yet: the AR control account
 * holds what the AR subledger posted (each invoice a debit on its date, each settlement a credit on its date) plus one
 * planted manual journal entry on the last day of the month before the as-of date, the variance the close check must
 * find.
 */
final class SandboxGeneralLedger implements GeneralLedger {

    static final GlAccount AR = new GlAccount("1200", "Accounts Receivable");
    static final String PLANTED_AMOUNT = "2500.00";

    private final List<JournalLine> lines = new ArrayList<>();

    SandboxGeneralLedger(ReceivablesBook book) {
        for (InvoiceHistory history : book.invoices()) {
            var invoice = history.invoice();
            lines.add(new JournalLine("AR-" + invoice.id(), "AR", "4.AR", invoice.invoiceDate(), invoice.total(),
                    invoice.number(), "Invoice " + invoice.number(), book.currency(), "system"));
            for (Settlement settlement : history.settlements()) {
                lines.add(new JournalLine("AR-" + settlement.reference() + "-" + invoice.id(), "AR", "4.AR",
                        settlement.date(), settlement.amount().negate(), settlement.reference(),
                        (settlement.isCash() ? "Payment " : "Adjustment ") + settlement.reference(), book.currency(), "system"));
            }
        }
        LocalDate planted = YearMonth.from(book.asOf()).minusMonths(1).atEndOfMonth();
        lines.add(new JournalLine("JE-" + planted.getYear() + planted.getMonthValue() + "-07", "GJ", "2.GL", planted,
                Money.of(PLANTED_AMOUNT, book.currency().getCurrencyCode()), "",
                "Reclass customer deposit to receivables", book.currency(), "jsmith"));
    }

    @Override
    public List<GlAccount> receivablesAccounts() {
        return List.of(AR);
    }

    @Override
    public Money balance(GlAccount account, YearMonth period) {
        LocalDate end = period.atEndOfMonth();
        Money zero = Money.zero(lines.get(0).amount().currency());
        return lines.stream().filter(l -> !l.postingDate().isAfter(end)).map(JournalLine::amount).reduce(zero, Money::plus);
    }

    @Override
    public List<JournalLine> lines(GlAccount account, LocalDate from, LocalDate to) {
        return lines.stream().filter(l -> !l.postingDate().isBefore(from) && !l.postingDate().isAfter(to)).toList();
    }
}
