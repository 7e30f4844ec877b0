package org.arbot.core.conversation.answers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.arbot.cards.Fact;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;
import org.arbot.core.collections.AgingBuckets;
import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.ledger.Ledger;

/** Open receivables in the usual buckets (current, 1-30, 31-60, 61-90, over 90 days past due) and the oldest invoice. */
final class Aging implements Answerer {

    private final Ledger ledger;
    private final Clock clock;

    Aging(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public Reply answer(ParsedIntent question, String actor) {
        Optional<Customer> customer = Customers.of(question, ledger);
        List<Invoice> open = customer.map(c -> ledger.openInvoices(c.id())).orElseGet(ledger::openInvoices);
        String who = customer.map(Customer::name).orElse("all customers");
        if (open.isEmpty()) {
            return Reply.text(who + " has no open invoices.");
        }
        LocalDate today = LocalDate.now(clock);
        AgingBuckets aging = AgingBuckets.of(open, today, open.get(0).balance().currency());
        List<Fact> figures = new ArrayList<>(List.of(Fact.of("Current", MoneyText.of(aging.current())),
                Fact.of("1-30 days", MoneyText.of(aging.days1to30())), Fact.of("31-60 days", MoneyText.of(aging.days31to60())),
                Fact.of("61-90 days", MoneyText.of(aging.days61to90())), Fact.of("Over 90 days", MoneyText.of(aging.over90()))));
        Invoice oldest = open.stream().min(Comparator.comparing(Invoice::dueDate)).orElseThrow();
        String oldestText = oldest.number() + " (" + MoneyText.of(oldest.balance()) + ", due " + oldest.dueDate()
                + (oldest.daysPastDue(today) > 0 ? ", " + oldest.daysPastDue(today) + " days past due" : "") + ")";
        figures.add(Fact.of("Oldest invoice", oldestText));
        String sentence = "Aging for " + who + ": " + MoneyText.of(aging.total()) + " open on " + open.size() + " invoices, "
                + MoneyText.of(aging.overdue()) + " past due. Oldest: " + oldestText + ".";
        return Replies.answer(question, "Aging: " + who, sentence, figures, "ledger: open invoices as of " + today);
    }
}
