package org.arbot.core.conversation.answers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.arbot.cards.Fact;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.Payment;
import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.money.Money;

/** A customer at a glance: what they owe, how much is overdue, their credit, their last payments. */
final class CustomerSummary implements Answerer {

    private final Ledger ledger;
    private final Clock clock;

    CustomerSummary(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public Reply answer(ParsedIntent question, String actor) {
        return Customers.of(question, ledger).map(c -> summary(question, c))
                .orElseGet(() -> Reply.text("Which customer? E.g. \"summary for Acme\"."));
    }

    private Reply summary(ParsedIntent question, Customer customer) {
        LocalDate today = LocalDate.now(clock);
        List<Invoice> open = ledger.openInvoices(customer.id());
        Money zero = Money.zero(customer.creditLimit().currency());
        Money owed = open.stream().map(Invoice::balance).reduce(zero, Money::plus);
        Money overdue = open.stream().filter(i -> i.daysPastDue(today) > 0).map(Invoice::balance).reduce(zero, Money::plus);
        List<Payment> paid = ledger.payments(today.minusDays(180)).stream()
                .filter(p -> p.customerId().equals(customer.id()))
                .sorted(Comparator.comparing(Payment::receivedDate).reversed()).toList();
        List<Fact> figures = new ArrayList<>(List.of(
                Fact.of("Open balance", MoneyText.of(owed) + " on " + open.size() + " invoices"),
                Fact.of("Overdue", MoneyText.of(overdue)),
                Fact.of("Credit limit", MoneyText.of(customer.creditLimit())
                        + (customer.onHold() ? " (on credit hold)" : "")),
                Fact.of("Available credit", MoneyText.of(customer.creditLimit().minus(owed))),
                Fact.of("Terms", customer.terms().id()),
                Fact.of("Collector", customer.collector().value())));
        open.stream().min(Comparator.comparing(Invoice::dueDate)).ifPresent(i -> figures.add(Fact.of("Oldest open invoice",
                i.number() + ", due " + i.dueDate() + ", " + MoneyText.of(i.balance()))));
        paid.stream().findFirst().ifPresent(p -> figures.add(Fact.of("Last payment",
                MoneyText.of(p.amount()) + " on " + p.receivedDate())));
        String sentence = customer.name() + " owes " + MoneyText.of(owed) + ", of which " + MoneyText.of(overdue)
                + " is overdue.";
        return Replies.answer(question, customer.name(), sentence, figures,
                "ledger: open invoices, payments since " + today.minusDays(180) + ", customer record");
    }
}
