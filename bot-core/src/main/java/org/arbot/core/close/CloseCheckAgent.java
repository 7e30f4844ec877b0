package org.arbot.core.close;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.Payment;
import org.arbot.core.money.Money;

/**
 * Compares the AR control accounts with the AR subledger at a period's end and attributes the variance to its likely
 * causes: manual journal entries to the AR accounts, subledger documents posted to the GL in another period, unapplied
 * cash and currency revaluation. Whatever they do not explain is reported as unexplained.
 */
public final class CloseCheckAgent {

    public CloseCheck check(CloseFacts facts) {
        LocalDate end = facts.period().atEndOfMonth();
        Money zero = facts.glBalance().minus(facts.glBalance());
        List<VarianceCause> causes = new ArrayList<>();
        List<JournalLine> untilEnd = facts.lines().stream().filter(l -> !l.postingDate().isAfter(end)).toList();
        cause(causes, VarianceCause.Kind.MANUAL_JOURNAL_ENTRY, zero,
                untilEnd.stream().filter(l -> l.source() == JournalLine.Source.MANUAL).toList(),
                "Entered by hand to the AR account: the subledger has no open item for it.");
        cause(causes, VarianceCause.Kind.CURRENCY_REVALUATION, zero,
                untilEnd.stream().filter(l -> l.source() == JournalLine.Source.REVALUATION).toList(),
                "Revaluation of foreign-currency receivables, posted to the GL only.");
        timing(facts, end, zero).ifPresent(causes::add);
        unapplied(facts, end, zero).ifPresent(causes::add);
        return new CloseCheck(facts.period(), facts.accounts(), facts.glBalance(), facts.subledgerBalance(),
                facts.openItems(), causes);
    }

    private static void cause(List<VarianceCause> causes, VarianceCause.Kind kind, Money zero, List<JournalLine> lines,
            String explanation) {
        Money amount = lines.stream().map(JournalLine::amount).reduce(zero, Money::plus);
        if (!lines.isEmpty() && !amount.isZero()) {
            causes.add(new VarianceCause(kind, amount, lines.stream().map(JournalLine::describe).toList(), explanation));
        }
    }

    /** Subledger lines whose GL posting falls on the other side of the period's end from their document's date. */
    private static Optional<VarianceCause> timing(CloseFacts facts, LocalDate end, Money zero) {
        Map<String, LocalDate> documentDates = new HashMap<>();
        for (Invoice invoice : facts.invoices()) {
            documentDates.put(invoice.number(), invoice.invoiceDate());
            documentDates.put(invoice.id().value(), invoice.invoiceDate());
        }
        for (Payment payment : facts.payments()) {
            documentDates.put(payment.id().value(), payment.receivedDate());
        }
        Money amount = zero;
        List<String> records = new ArrayList<>();
        for (JournalLine line : facts.lines()) {
            LocalDate documentDate = documentDates.get(line.documentId());
            if (line.source() != JournalLine.Source.SUBLEDGER || documentDate == null) {
                continue;
            }
            boolean postedLate = line.postingDate().isAfter(end) && !documentDate.isAfter(end);
            boolean postedEarly = !line.postingDate().isAfter(end) && documentDate.isAfter(end);
            if (postedLate || postedEarly) {
                Money effect = postedLate ? line.amount().negate() : line.amount();
                amount = amount.plus(effect);
                records.add(line.documentId() + " dated " + documentDate + ", posted " + line.postingDate() + " ("
                        + line.describe() + ")");
            }
        }
        return records.isEmpty() || amount.isZero() ? Optional.empty()
                : Optional.of(new VarianceCause(VarianceCause.Kind.POSTED_IN_ANOTHER_PERIOD, amount, records,
                        "Dated in one period, posted to the GL in another."));
    }

    /** Payments received by the period's end and not applied: a credit on the AR account, no open item in the subledger. */
    private static Optional<VarianceCause> unapplied(CloseFacts facts, LocalDate end, Money zero) {
        List<Payment> unapplied = facts.payments().stream()
                .filter(p -> !p.receivedDate().isAfter(end) && p.unapplied().isPositive()
                        && p.unapplied().currency().equals(zero.currency()))
                .toList();
        Money amount = unapplied.stream().map(Payment::unapplied).reduce(zero, Money::minus);
        return unapplied.isEmpty() ? Optional.empty()
                : Optional.of(new VarianceCause(VarianceCause.Kind.UNAPPLIED_CASH, amount,
                        unapplied.stream().map(p -> "payment " + p.id() + " from " + p.customerId() + " on "
                                + p.receivedDate() + ", " + p.unapplied() + " unapplied").toList(),
                        "Received and posted to the AR account, not applied to any invoice."));
    }
}
