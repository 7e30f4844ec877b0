package org.arbot.core.conversation.answers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;
import org.arbot.cards.Fact;
import org.arbot.core.ar.Invoice;
import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.money.Money;

/** Days sales outstanding over a period (the last 90 days unless asked): open receivables / credit sales × days. */
final class Dso implements Answerer {

    private final Ledger ledger;
    private final Clock clock;

    Dso(Ledger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public Reply answer(ParsedIntent question, String actor) {
        LocalDate today = LocalDate.now(clock);
        String period = question.entity(Entity.PERIOD).orElse("P90D");
        LocalDate[] range = ReportingPeriods.range(period, today);
        List<Invoice> open = ledger.openInvoices();
        List<Invoice> sold = Stream.concat(open.stream(), ledger.paidInvoices(range[0]).stream())
                .filter(i -> !i.invoiceDate().isBefore(range[0]) && !i.invoiceDate().isAfter(range[1])).toList();
        if (open.isEmpty() || sold.isEmpty()) {
            return Reply.text("There were no credit sales between " + range[0] + " and " + range[1] + " to compute DSO from.");
        }
        Money receivables = open.stream().map(Invoice::balance).reduce(Money.zero(open.get(0).balance().currency()), Money::plus);
        Money sales = sold.stream().map(Invoice::total).reduce(Money.zero(open.get(0).balance().currency()), Money::plus);
        long days = ChronoUnit.DAYS.between(range[0], range[1]) + 1;
        BigDecimal dso = receivables.amount().multiply(BigDecimal.valueOf(days)).divide(sales.amount(), 1, RoundingMode.HALF_UP);
        String sentence = "DSO for " + range[0] + " to " + range[1] + " is " + dso.toPlainString() + " days: "
                + MoneyText.of(receivables) + " open against " + MoneyText.of(sales) + " of credit sales over " + days + " days.";
        return Replies.answer(question, "DSO", sentence, List.of(Fact.of("DSO", dso.toPlainString() + " days"),
                Fact.of("Open receivables", MoneyText.of(receivables)), Fact.of("Credit sales", MoneyText.of(sales)),
                Fact.of("Days in period", String.valueOf(days))), "ledger: open invoices, invoices paid since " + range[0]);
    }
}
