package org.arbot.core.close;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import org.arbot.core.money.Money;

/**
 * One posted journal-entry line on an AR account.
 *
 * @param entry the journal entry's key
 * @param journal the journal's id ({@code AR}, {@code GJ}, {@code REVAL}, ...)
 * @param moduleName the module the entry came from, as Intacct names it ({@code 2.GL} for a manual entry)
 * @param amount in the base currency, debit positive and credit negative
 * @param documentId the subledger document behind the line (invoice number, payment key), blank for manual entries
 * @param transactionCurrency the currency the line was entered in
 * @param createdBy the user who created the entry
 */
public record JournalLine(String entry, String journal, String moduleName, LocalDate postingDate, Money amount,
        String documentId, String description, Currency transactionCurrency, String createdBy) {

    /** Where a line came from, as far as the close check is concerned. */
    public enum Source {
        /** Posted by the AR subledger (invoices, payments, adjustments). */
        SUBLEDGER,
        /** A currency revaluation of foreign-currency receivables. */
        REVALUATION,
        /** Entered by hand in a general-ledger journal. */
        MANUAL
    }

    public JournalLine {
        Objects.requireNonNull(entry, "entry");
        journal = journal == null ? "" : journal;
        moduleName = moduleName == null ? "" : moduleName;
        Objects.requireNonNull(postingDate, "postingDate");
        Objects.requireNonNull(amount, "amount");
        documentId = documentId == null ? "" : documentId;
        description = description == null ? "" : description;
        Objects.requireNonNull(transactionCurrency, "transactionCurrency");
        createdBy = createdBy == null ? "" : createdBy;
    }

    /**
     * Revaluation when the journal or description says so; subledger when an AR module posted it; manual otherwise
     * (a general-ledger journal such as {@code GJ} or {@code ADJ}, module {@code 2.GL}).
     */
    public Source source() {
        String text = (journal + " " + description).toLowerCase(Locale.ROOT);
        if (text.contains("reval")) {
            return Source.REVALUATION;
        }
        String module = moduleName.toUpperCase(Locale.ROOT);
        if (module.endsWith(".AR") || module.contains("RECEIVABLE") || journal.equalsIgnoreCase("AR")
                || journal.equalsIgnoreCase("ARJ")) {
            return Source.SUBLEDGER;
        }
        return Source.MANUAL;
    }

    /** E.g. "entry 30565 (GJ, 2026-10-31, by jsmith): Reclass customer deposit, USD 2500.00". */
    public String describe() {
        return "entry " + entry + " (" + journal + ", " + postingDate + (createdBy.isBlank() ? "" : ", by " + createdBy)
                + ")" + (description.isBlank() ? "" : ": " + description) + ", " + amount;
    }
}
