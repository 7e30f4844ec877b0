package org.arbot.core.conversation.answers;

import java.util.List;
import java.util.Optional;
import org.arbot.cards.Fact;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.money.Money;

/** Where an order or a customer stands on credit: limit, exposure (open invoices plus held orders), headroom, hold. */
final class CreditStatus implements Answerer {

    private final Ledger ledger;

    CreditStatus(Ledger ledger) {
        this.ledger = ledger;
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
        Money zero = Money.zero(c.creditLimit().currency());
        Money open = ledger.openInvoices(c.id()).stream().map(Invoice::balance).reduce(zero, Money::plus);
        List<SalesOrder> held = ledger.ordersAwaitingApproval().stream().filter(o -> o.customerId().equals(c.id())).toList();
        Money pending = held.stream().map(SalesOrder::amount).reduce(zero, Money::plus);
        Money headroom = c.creditLimit().minus(open).minus(pending);
        List<Fact> figures = new java.util.ArrayList<>(List.of(
                Fact.of("Credit limit", MoneyText.of(c.creditLimit())),
                Fact.of("Open invoices", MoneyText.of(open)),
                Fact.of("Orders awaiting approval", held.size() + " for " + MoneyText.of(pending)),
                Fact.of("Headroom", MoneyText.of(headroom)),
                Fact.of("Account on hold", c.onHold() ? "yes" : "no")));
        String sentence;
        if (order.isPresent()) {
            SalesOrder o = order.get();
            figures.add(0, Fact.of("Order", o.id().value() + " of " + MoneyText.of(o.amount()) + ", " + o.approval()));
            sentence = "Order " + o.id().value() + " for " + c.name() + " (" + MoneyText.of(o.amount()) + ") is "
                    + o.approval().name().toLowerCase().replace('_', ' ') + "; " + c.name() + " has "
                    + MoneyText.of(headroom) + " of headroom on a " + MoneyText.of(c.creditLimit()) + " limit.";
        } else {
            sentence = c.name() + " uses " + MoneyText.of(open.plus(pending)) + " of a " + MoneyText.of(c.creditLimit())
                    + " limit, leaving " + MoneyText.of(headroom) + (c.onHold() ? "; the account is on credit hold." : ".");
        }
        return Replies.answer(question, "Credit: " + c.name(), sentence, figures,
                "ledger: customer record, open invoices, orders awaiting approval");
    }
}
