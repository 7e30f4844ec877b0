package org.arbot.core.conversation.answers;

import java.util.List;
import java.util.Optional;
import org.arbot.cards.Fact;
import org.arbot.core.ar.Customer;
import org.arbot.core.collections.DraftingReminders;
import org.arbot.core.collections.ReminderDraft;
import org.arbot.core.conversation.Answerer;
import org.arbot.core.conversation.ParsedIntent;
import org.arbot.core.conversation.Reply;
import org.arbot.core.ledger.Ledger;

/** The collections reminder draft for a customer, at the stage the account calls for, for the collector to edit and send. */
final class ReminderDrafts implements Answerer {

    private final Ledger ledger;
    private final DraftingReminders drafting;

    ReminderDrafts(Ledger ledger, DraftingReminders drafting) {
        this.ledger = ledger;
        this.drafting = drafting;
    }

    @Override
    public Reply answer(ParsedIntent question, String actor) {
        return Customers.of(question, ledger).map(c -> draft(question, c))
                .orElseGet(() -> Reply.text("Remind whom? E.g. \"send a reminder to Acme\"."));
    }

    private Reply draft(ParsedIntent question, Customer customer) {
        ReminderDraft draft;
        try {
            draft = drafting.draft(customer.id(), Optional.empty());
        } catch (IllegalArgumentException nothingOverdue) {
            return Reply.text(customer.name() + " has nothing overdue; no reminder needed.");
        }
        String stage = draft.stage().name().toLowerCase().replace('_', ' ');
        return Replies.answer(question, "Reminder draft for " + customer.name(), "Draft " + stage + " reminder for "
                + customer.name() + " (" + MoneyText.of(draft.totalOverdue()) + " overdue); edit and send it:\n\nSubject: "
                + draft.subject() + "\n\n" + draft.body(), List.of(
                        Fact.of("Overdue", MoneyText.of(draft.totalOverdue()) + " on " + draft.invoices().size() + " invoices"),
                        Fact.of("Stage", stage)), "collections reminder draft as of " + draft.asOf());
    }
}
