package org.arbot.core.collections;

import java.util.List;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;
import org.arbot.core.money.Money;

/** Writes a reminder's subject and text for its stage, listing every overdue invoice and the total. */
final class ReminderText {

    private ReminderText() {
    }

    static ReminderDraft draft(Customer customer, List<Invoice> overdue, ReminderStage stage, java.time.LocalDate asOf) {
        if (overdue.isEmpty()) {
            throw new IllegalArgumentException(customer.id() + " has nothing overdue to remind of");
        }
        List<ReminderDraft.OverdueLine> lines = overdue.stream()
                .map(i -> new ReminderDraft.OverdueLine(i.number(), i.dueDate(), i.daysPastDue(asOf), i.balance())).toList();
        Money total = overdue.stream().map(Invoice::balance).reduce(Money.zero(overdue.get(0).balance().currency()), Money::plus);
        String currency = total.currency().getCurrencyCode();
        StringBuilder body = new StringBuilder("Dear " + customer.name() + " accounts payable team,\n\n");
        body.append(opening(stage, total, currency)).append("\n\n");
        for (ReminderDraft.OverdueLine line : lines) {
            body.append(String.format("  %-14s due %s  %4d days past due  %s %s%n", line.invoiceNumber(), line.dueDate(),
                    line.daysPastDue(), currency, Text.amount(line.balance())));
        }
        body.append(String.format("  %-14s %40s%n", "Total", currency + " " + Text.amount(total)));
        body.append("\n").append(closing(stage)).append("\n\nKind regards,\nAccounts Receivable");
        return new ReminderDraft(customer.id(), stage, lines, total, subject(stage, customer, total, currency),
                body.toString(), asOf, false);
    }

    private static String subject(ReminderStage stage, Customer customer, Money total, String currency) {
        return switch (stage) {
            case FRIENDLY -> "Friendly reminder: " + currency + " " + Text.amount(total) + " past due for " + customer.name();
            case FIRM -> "Overdue invoices: " + currency + " " + Text.amount(total) + " for " + customer.name();
            case FINAL -> "Final notice: " + currency + " " + Text.amount(total) + " overdue for " + customer.name();
        };
    }

    private static String opening(ReminderStage stage, Money total, String currency) {
        String amount = currency + " " + Text.amount(total);
        return switch (stage) {
            case FRIENDLY -> "Our records show " + amount + " past due on the invoices below. If payment is already on its "
                    + "way, thank you; otherwise please let us know when we can expect it.";
            case FIRM -> "The invoices below, " + amount + " in total, remain unpaid past their due dates. Please arrange "
                    + "payment within 7 days or tell us what is holding it up.";
            case FINAL -> "Despite our earlier reminders, " + amount + " remains overdue. Unless we receive payment or a "
                    + "firm payment date within 5 days, we will place new orders on hold.";
        };
    }

    private static String closing(ReminderStage stage) {
        return stage == ReminderStage.FRIENDLY
                ? "Copies of the invoices are available on request."
                : "If you dispute any of these invoices, reply with the invoice number and the reason so we can resolve it.";
    }
}
