package org.arbot.core.conversation.answers;

import java.time.Clock;
import java.time.LocalDate;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.collections.PromiseToPay;
import org.arbot.core.collections.PromisesToPay;
import org.arbot.core.conversation.ConfirmedActions;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.Intent;
import org.arbot.core.conversation.PendingAction;
import org.arbot.core.conversation.Reply;
import org.arbot.core.conversation.Turn;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.money.Money;

/**
 * Records a confirmed promise to pay in the collections' {@link PromisesToPay}, where the ranking and the reminder
 * drafts read it; every other confirmed action goes to the actions it wraps.
 */
public final class RecordingPromises implements ConfirmedActions {

    private final PromisesToPay promises;
    private final Ledger ledger;
    private final Clock clock;
    private final ConfirmedActions others;

    public RecordingPromises(PromisesToPay promises, Ledger ledger, Clock clock, ConfirmedActions others) {
        this.promises = promises;
        this.ledger = ledger;
        this.clock = clock;
        this.others = others;
    }

    @Override
    public Reply perform(PendingAction action, String actor) {
        return action.intent() == Intent.PROMISE_TO_PAY ? record(action, actor) : others.perform(action, actor);
    }

    @Override
    public Reply perform(PendingAction action, Turn turn) {
        return action.intent() == Intent.PROMISE_TO_PAY ? record(action, turn.actor()) : others.perform(action, turn);
    }

    private Reply record(PendingAction action, String actor) {
        String id = action.entities().getOrDefault(Entity.CUSTOMER, "");
        Customer customer = ledger.customer(CustomerId.of(id)).orElse(null);
        if (customer == null) {
            return Reply.text("I cannot find customer " + id + " in the ledger; no promise recorded.");
        }
        try {
            Money amount = Money.of(action.entities().get(Entity.AMOUNT), customer.creditLimit().currency().getCurrencyCode());
            PromiseToPay promise = new PromiseToPay(customer.id(), amount, LocalDate.parse(action.entities().get(Entity.DATE)),
                    LocalDate.now(clock), actor);
            promises.add(promise);
            return Reply.text("Recorded: " + customer.name() + " promised to pay " + MoneyText.of(amount) + " by "
                    + promise.promisedFor() + ". The priority list shows it until then.");
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Reply.text("Not recorded: " + e.getMessage() + ". Nothing changed.");
        }
    }
}
