package org.arbot.core.conversation.answers;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.arbot.cards.Fact;
import org.arbot.core.ar.Invoice;
import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.money.Money;

/**
 * Cash expected within a horizon (30 days unless asked): each open invoice is expected on its due date shifted by how
 * late invoices were paid on average over the last 180 days.
 */
final class CashForecast implements Answerer {

    private final Ledger ledger;
    private final Clock clock;

    CashForecast(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public Reply answer(ParsedIntent question, String actor) {
        LocalDate today = LocalDate.now(clock);
        int days = question.entity(Entity.HORIZON).map(h -> Period.parse(h).getDays()).orElse(30);
        LocalDate until = today.plusDays(days);
        List<Invoice> paid = ledger.paidInvoices(today.minusDays(180));
        long late = Math.round(paid.stream().filter(i -> i.paidDate().isPresent())
                .mapToLong(i -> ChronoUnit.DAYS.between(i.dueDate(), i.paidDate().get())).average().orElse(0));
        List<Invoice> open = ledger.openInvoices();
        if (open.isEmpty()) {
            return Reply.text("There are no open invoices, so no cash is expected from receivables.");
        }
        Money zero = Money.zero(open.get(0).balance().currency());
        Money expected = zero;
        Money later = zero;
        int counted = 0;
        for (Invoice i : open) {
            LocalDate when = i.dueDate().plusDays(late);
            if (!when.isAfter(until)) {
                expected = expected.plus(i.balance());
                counted++;
            } else {
                later = later.plus(i.balance());
            }
        }
        String sentence = "Expected by " + until + ": " + MoneyText.of(expected) + " from " + counted
                + " open invoices, assuming customers keep paying " + late + " days after the due date on average.";
        return Replies.answer(question, "Cash forecast, next " + days + " days", sentence, List.of(
                Fact.of("Expected in " + days + " days", MoneyText.of(expected)),
                Fact.of("Invoices counted", String.valueOf(counted)),
                Fact.of("Expected later", MoneyText.of(later)),
                Fact.of("Average days paid after due", late + " (" + paid.size() + " paid invoices)")),
                "ledger: open invoices, invoices paid since " + today.minusDays(180));
    }
}
