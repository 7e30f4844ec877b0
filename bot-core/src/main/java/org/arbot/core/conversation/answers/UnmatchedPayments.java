package org.arbot.core.conversation.answers;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.arbot.cards.Fact;
import org.arbot.core.ar.BankLine;
import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.money.Money;

/** Money received but not applied yet, largest first, optionally above a minimum amount or for one customer. */
final class UnmatchedPayments implements Answerer {

    private static final int LISTED = 10;

    private final Ledger ledger;

    UnmatchedPayments(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Reply answer(ParsedIntent question, String actor) {
        BigDecimal minimum = question.entity(Entity.MIN_AMOUNT).map(BigDecimal::new).orElse(BigDecimal.ZERO);
        List<BankLine> lines = ledger.unappliedBankLines().stream()
                .filter(l -> l.amount().amount().compareTo(minimum) >= 0)
                .filter(l -> question.entity(Entity.CUSTOMER).map(c -> l.customerId().map(id -> id.value().equals(c))
                        .orElse(false)).orElse(true))
                .sorted(Comparator.comparing((BankLine l) -> l.amount().amount()).reversed()).toList();
        String filter = minimum.signum() > 0 ? " of at least " + MoneyText.of(Money.of(minimum.toPlainString(), "USD")) : "";
        if (lines.isEmpty()) {
            return Reply.text("No unapplied payments" + filter + ".");
        }
        Money total = lines.stream().map(BankLine::amount).reduce(Money.zero(lines.get(0).amount().currency()), Money::plus);
        List<Fact> figures = lines.stream().limit(LISTED).map(l -> Fact.of(l.receivedDate() + " " + l.payerName(),
                MoneyText.of(l.amount()) + (l.remittance().isBlank() ? "" : " — \"" + l.remittance() + "\""))).toList();
        String sentence = lines.size() + " unapplied payments" + filter + " totalling " + MoneyText.of(total)
                + (lines.size() > LISTED ? "; the " + LISTED + " largest:" : ":");
        return Replies.answer(question, "Unmatched payments", sentence, figures, "ledger: unapplied bank lines");
    }
}
