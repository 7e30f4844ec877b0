package org.arbot.core.conversation.answers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.arbot.cards.Fact;
import org.arbot.core.ar.Adjustment;
import org.arbot.core.ar.Customer;
import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.ledger.Ledger;

/**
 * Deductions: those still open (short-pays waiting in unapplied cash, with the reason their remittance states) and
 * those resolved by an adjustment in the last 90 days; by customer and reason when asked.
 */
final class Deductions implements Answerer {

    private final Ledger ledger;
    private final Clock clock;
    private final ShortPays shortPays;

    Deductions(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
        this.shortPays = new ShortPays(ledger);
    }

    @Override
    public Reply answer(ParsedIntent question, String actor) {
        Optional<Customer> customer = Customers.of(question, ledger);
        Optional<String> reason = question.entity(Entity.REASON);
        List<Fact> figures = new ArrayList<>();
        for (ShortPay s : shortPays.find(customer.map(Customer::id))) {
            for (ShortPay.StatedDeduction d : s.deductions()) {
                if (reason.isEmpty() || reason.get().equals(d.reason())) {
                    figures.add(Fact.of("Open " + d.reason(), MoneyText.of(d.amount()) + " on " + s.invoices().get(0).number()
                            + " — \"" + d.words() + "\""));
                }
            }
        }
        int open = figures.size();
        LocalDate since = LocalDate.now(clock).minusDays(90);
        for (Adjustment a : ledger.adjustments(since)) {
            boolean forCustomer = customer.map(c -> c.id().equals(a.customerId())).orElse(true);
            boolean forReason = reason.map(r -> a.reason().toUpperCase(Locale.ROOT).contains(r.replace('_', ' '))
                    || a.reason().toUpperCase(Locale.ROOT).contains(r)).orElse(true);
            if (forCustomer && forReason) {
                figures.add(Fact.of("Resolved " + a.date(), MoneyText.of(a.amount()) + " " + a.kind() + " — " + a.reason()));
            }
        }
        String scope = customer.map(Customer::name).orElse("all customers") + reason.map(r -> ", " + r).orElse("");
        if (figures.isEmpty()) {
            return Reply.text("No deductions for " + scope + " (open, or resolved since " + since + ").");
        }
        String sentence = "Deductions for " + scope + ": " + open + " open, " + (figures.size() - open)
                + " resolved since " + since + ".";
        return Replies.answer(question, "Deductions", sentence, figures,
                "ledger: unapplied bank lines with their remittances, adjustments since " + since);
    }
}
