package org.arbot.core.conversation.answers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.arbot.cards.Fact;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.Invoice;
import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.money.Money;

/** Whom to call first: customers ranked by overdue balance weighted by how late it is (amount times days past due). */
final class Priorities implements Answerer {

    private static final int LISTED = 5;

    private final Ledger ledger;
    private final Clock clock;

    Priorities(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public Reply answer(ParsedIntent question, String actor) {
        LocalDate today = LocalDate.now(clock);
        Map<CustomerId, List<Invoice>> overdue = ledger.openInvoices().stream().filter(i -> i.daysPastDue(today) > 0)
                .collect(Collectors.groupingBy(Invoice::customerId));
        if (overdue.isEmpty()) {
            return Reply.text("Nothing is overdue; no one needs a call today.");
        }
        Comparator<List<Invoice>> byUrgency = Comparator.comparing(list -> list.stream()
                .map(i -> i.balance().amount().multiply(BigDecimal.valueOf(i.daysPastDue(today))))
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        List<Fact> figures = overdue.entrySet().stream()
                .sorted(Map.Entry.<CustomerId, List<Invoice>>comparingByValue(byUrgency).reversed()).limit(LISTED)
                .map(e -> {
                    Money owed = e.getValue().stream().map(Invoice::balance)
                            .reduce(Money.zero(e.getValue().get(0).balance().currency()), Money::plus);
                    long oldest = e.getValue().stream().mapToLong(i -> i.daysPastDue(today)).max().orElse(0);
                    String name = ledger.customer(e.getKey()).map(c -> c.name()).orElse(e.getKey().value());
                    return Fact.of(name, MoneyText.of(owed) + " overdue on " + e.getValue().size() + " invoices, oldest "
                            + oldest + " days");
                }).toList();
        String sentence = "Call these first (overdue amount weighted by days late): "
                + figures.stream().map(Fact::label).collect(Collectors.joining(", ")) + ".";
        return Replies.answer(question, "Priority list", sentence, figures, "ledger: open invoices as of " + today);
    }
}
