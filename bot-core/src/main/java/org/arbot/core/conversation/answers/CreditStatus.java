package org.arbot.core.conversation.answers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.arbot.cards.Fact;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.credit.CheckCredit;
import org.arbot.core.credit.CheckingCredit;
import org.arbot.core.credit.CreditContext;
import org.arbot.core.credit.CreditDecision;
import org.arbot.core.ledger.Ledger;

/**
 * Where an order or a customer stands on credit, as the credit check decides it: the verdict, the risk score and the
 * reasons with their figures. A customer without an order is checked for an order of nothing more.
 */
final class CreditStatus implements Answerer {

    private final Ledger ledger;
    private final CheckingCredit checking;

    CreditStatus(Ledger ledger, CheckingCredit checking) {
        this.ledger = ledger;
        this.checking = checking;
    }

    @Override
    public Reply answer(ParsedIntent question, String actor) {
        Optional<SalesOrder> order = question.entity(Entity.DOCUMENT).filter(d -> d.startsWith("SO-"))
                .flatMap(d -> ledger.salesOrder(SalesOrderId.of(d)));
        if (question.entity(Entity.DOCUMENT).isPresent() && order.isEmpty()) {
            return Reply.text("I cannot find order " + question.entity(Entity.DOCUMENT).get() + " in the ledger.");
        }
        Optional<Customer> customer = order.flatMap(o -> ledger.customer(o.customerId())).or(() -> Customers.of(question, ledger));
        if (customer.isEmpty()) {
            return Reply.text("Whose credit? Name a customer or an order, e.g. \"credit status of SO-1042\".");
        }
        Customer c = customer.get();
        CreditDecision decision = order.map(o -> checking.check(o.id())).orElseGet(() -> checking.check(
                new CheckCredit(c.id(), BigDecimal.ZERO, Optional.empty(), CreditContext.none())));
        String verdict = decision.action().name().toLowerCase() + " (risk score " + decision.riskScore() + " of 100)";
        String sentence = order.map(o -> "Order " + o.id().value() + " for " + c.name() + " (" + MoneyText.of(o.amount())
                        + ", " + o.approval().name().toLowerCase().replace('_', ' ') + "): the credit check says " + verdict)
                .orElse(c.name() + ": the credit check says " + verdict) + "; " + decision.reasons().get(0);
        List<Fact> figures = new ArrayList<>(List.of(Fact.of("Decision", decision.action().name()),
                Fact.of("Risk score", decision.riskScore() + " of 100"),
                Fact.of("Confidence", decision.confidence().toPlainString()),
                Fact.of("Credit limit", MoneyText.of(c.creditLimit())),
                Fact.of("Account on hold", c.onHold() ? "yes" : "no")));
        for (int i = 0; i < decision.reasons().size(); i++) {
            figures.add(Fact.of("Reason " + (i + 1), decision.reasons().get(i)));
        }
        return Replies.answer(question, "Credit: " + c.name(), sentence, figures,
                "credit check, policy " + decision.policyVersion() + " as of " + decision.asOf());
    }
}
