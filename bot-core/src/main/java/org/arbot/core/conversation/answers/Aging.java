package org.arbot.core.conversation.answers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.arbot.cards.Fact;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;
import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.money.Money;

/** Open receivables in the usual buckets (current, 1-30, 31-60, 61-90, over 90 days past due) and the oldest invoice. */
final class Aging implements Answerer {

    private static final String[] BUCKETS = {"Current", "1-30 days", "31-60 days", "61-90 days", "Over 90 days"};

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
        Currency currency = open.get(0).balance().currency();
        Money[] buckets = new Money[BUCKETS.length];
        java.util.Arrays.fill(buckets, Money.zero(currency));
        Money total = Money.zero(currency);
        for (Invoice invoice : open) {
            int b = bucket(invoice.daysPastDue(today));
            buckets[b] = buckets[b].plus(invoice.balance());
            total = total.plus(invoice.balance());
        }
        List<Fact> figures = new ArrayList<>();
        for (int i = 0; i < BUCKETS.length; i++) {
            figures.add(Fact.of(BUCKETS[i], MoneyText.of(buckets[i])));
        }
        Invoice oldest = open.stream().min(Comparator.comparing(Invoice::dueDate)).orElseThrow();
        String oldestText = oldest.number() + " (" + MoneyText.of(oldest.balance()) + ", due " + oldest.dueDate()
                + (oldest.daysPastDue(today) > 0 ? ", " + oldest.daysPastDue(today) + " days past due" : "") + ")";
        figures.add(Fact.of("Oldest invoice", oldestText));
        String sentence = "Aging for " + who + ": " + MoneyText.of(total) + " open on " + open.size() + " invoices, "
                + MoneyText.of(total.minus(buckets[0])) + " past due. Oldest: " + oldestText + ".";
        return Replies.answer(question, "Aging: " + who, sentence, figures, "ledger: open invoices as of " + today);
    }

    static int bucket(long daysPastDue) {
        if (daysPastDue <= 0) {
            return 0;
        }
        return daysPastDue <= 30 ? 1 : daysPastDue <= 60 ? 2 : daysPastDue <= 90 ? 3 : 4;
    }
}
