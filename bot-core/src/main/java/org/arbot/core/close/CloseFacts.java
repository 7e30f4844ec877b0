package org.arbot.core.close;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.Payment;
import org.arbot.core.money.Money;

/**
 * What the month-end AR check compares for one period: the GL control accounts' balance at the period's end, the AR
 * subledger's open items then, and the records that can explain a difference.
 *
 * @param glBalance the sum of the AR control accounts' balances at the period's end
 * @param subledgerBalance what the open invoices owed at the period's end
 * @param lines journal lines on the AR accounts over the look-back window and the month after the period
 * @param invoices the subledger's invoices, to date the documents the GL lines name
 * @param payments the subledger's payments, for unapplied cash and to date payment documents
 */
public record CloseFacts(YearMonth period, List<GlAccount> accounts, Money glBalance, Money subledgerBalance,
        int openItems, List<JournalLine> lines, List<Invoice> invoices, List<Payment> payments) {

    public CloseFacts {
        Objects.requireNonNull(period, "period");
        accounts = List.copyOf(accounts);
        Objects.requireNonNull(glBalance, "glBalance");
        Objects.requireNonNull(subledgerBalance, "subledgerBalance");
        lines = List.copyOf(lines);
        invoices = List.copyOf(invoices);
        payments = List.copyOf(payments);
    }
}
