package org.arbot.core.close;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.arbot.core.money.Money;

/**
 * The general ledger as the month-end AR check needs it: the AR control accounts, their balances at a period's end and
 * the journal-entry lines posted to them in a period. Intacct answers through its general-ledger objects and report
 * services ({@code general-ledger/account}, {@code journal-entry-line}, the account-balance report).
 */
public interface GeneralLedger {

    /** The accounts that hold the receivables the AR subledger posts to. */
    List<GlAccount> receivablesAccounts();

    /** The account's balance at the end of {@code period}, debit positive. */
    Money balance(GlAccount account, YearMonth period);

    /** Every posted line to the account with a posting date from {@code from} to {@code to}, both inclusive. */
    List<JournalLine> lines(GlAccount account, LocalDate from, LocalDate to);
}
