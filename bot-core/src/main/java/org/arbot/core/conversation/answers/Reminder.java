package org.arbot.core.conversation.answers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.arbot.cards.Fact;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;
import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.money.Money;

/** Drafts a payment reminder from the customer's overdue invoices, for the collector to edit and send. */
final class Reminder implements Answerer {

    private final Ledger ledger;
    private final Clock clock;

    Reminder(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public Reply answer(ParsedIntent question, String actor) {
        return Customers.of(question, ledger).map(c -> draft(question, c))
                .orElseGet(() -> Reply.text("Remind whom? E.g. \"send a reminder to Acme\"."));
    }

    private Reply draft(ParsedIntent question, Customer customer) {
        LocalDate today = LocalDate.now(clock);
        List<Invoice> overdue = ledger.openInvoices(customer.id()).stream()
                .filter(i -> i.daysPastDue(today) > 0)
                .filter(i -> question.entity(Entity.DOCUMENT).map(d -> d.equalsIgnoreCase(i.number())).orElse(true)).toList();
        if (overdue.isEmpty()) {
            return Reply.text(customer.name() + " has nothing overdue" + question.entity(Entity.DOCUMENT).map(d -> " on " + d)
                    .orElse("") + "; no reminder needed.");
        }
        Money total = overdue.stream().map(Invoice::balance).reduce(Money.zero(overdue.get(0).balance().currency()), Money::plus);
        String lines = overdue.stream().map(i -> "  " + i.number() + " due " + i.dueDate() + ": " + MoneyText.of(i.balance()))
                .collect(Collectors.joining("\n"));
        String draft = "Hello " + customer.name() + ",\n\nOur records show " + overdue.size() + " overdue invoice"
                + (overdue.size() == 1 ? "" : "s") + " totalling " + MoneyText.of(total) + ":\n" + lines
                + "\n\nCould you let us know when we can expect payment? If you have already paid, please send the "
                + "remittance details so we can apply it.\n\nThank you";
        return Replies.answer(question, "Reminder draft for " + customer.name(),
                "Draft reminder for " + customer.name() + " (" + MoneyText.of(total) + " overdue); edit and send it:\n\n" + draft,
                List.of(Fact.of("Overdue", MoneyText.of(total) + " on " + overdue.size() + " invoices")),
                "ledger: open invoices as of " + today);
    }
}
