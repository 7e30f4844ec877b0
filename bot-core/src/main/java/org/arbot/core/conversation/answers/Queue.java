package org.arbot.core.conversation.answers;

import java.util.ArrayList;
import java.util.List;
import org.arbot.cards.Fact;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.ledger.Ledger;

/** What waits for a decision: orders held for credit and payments nobody has applied yet. */
final class Queue implements Answerer {

    private final Ledger ledger;

    Queue(Ledger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Reply answer(ParsedIntent question, String actor) {
        List<SalesOrder> held = ledger.ordersAwaitingApproval();
        List<BankLine> unapplied = ledger.unappliedBankLines();
        List<Fact> figures = new ArrayList<>();
        held.stream().limit(6).forEach(o -> figures.add(Fact.of("Credit hold " + o.id().value(),
                MoneyText.of(o.amount()) + " for " + ledger.customer(o.customerId()).map(c -> c.name()).orElse(o.customerId().value()))));
        figures.add(Fact.of("Unapplied payments", String.valueOf(unapplied.size())));
        String sentence = "Waiting for a decision: " + held.size() + " orders on credit hold and " + unapplied.size()
                + " unapplied payments.";
        return Replies.answer(question, "Your queue", sentence, figures, "ledger: orders awaiting approval, unapplied bank lines");
    }
}
