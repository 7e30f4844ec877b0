package org.arbot.core.work;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.collections.DraftingReminders;
import org.arbot.core.collections.ReminderDraft;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.DecideCommand;
import org.arbot.core.governance.DecidingProposal;
import org.arbot.core.governance.DecisionResult;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Person;
import org.arbot.core.governance.ProposalAction;
import org.arbot.core.governance.ProposalId;
import org.arbot.core.governance.ProposalOutcome;
import org.arbot.core.governance.ProposeCommand;
import org.arbot.core.governance.Proposing;
import org.arbot.core.governance.Workflow;
import org.arbot.core.money.Money;

/**
 * A collector sends a reminder they read and edited: it is proposed in the collections workflow as theirs and approved
 * by them, so their role decides whether they may, and the text that went out is in the audit trail.
 */
public final class SendingReminders {

    private final DraftingReminders drafting;
    private final Proposing proposing;
    private final DecidingProposal deciding;
    private final People people;

    public SendingReminders(DraftingReminders drafting, Proposing proposing, DecidingProposal deciding, People people) {
        this.drafting = drafting;
        this.proposing = proposing;
        this.deciding = deciding;
        this.people = people;
    }

    /**
     * The reminder the account's state calls for, to edit.
     *
     * @throws IllegalArgumentException when nothing is overdue
     */
    public ReminderDraft draft(CustomerId customer) {
        return drafting.draft(customer, Optional.empty());
    }

    /**
     * Sends the reminder with the person's subject and text, as {@code actor}.
     *
     * @throws IllegalArgumentException when the subject or the text is blank, or nothing is overdue any more
     */
    public DecisionResult send(CustomerId customer, String subject, String body, ChatIdentity actor, String turnId) {
        ReminderDraft edited = draft(customer).editedTo(subject, body);
        Optional<Person> person = people.byIdentity(actor);
        ProposalId none = ProposalId.random();
        if (person.isEmpty()) {
            return new DecisionResult.DecisionRefused(none, actor + " is not an arbot user");
        }
        String stage = edited.stage().name().toLowerCase(java.util.Locale.ROOT);
        ProposeCommand command = new ProposeCommand(Workflow.COLLECTIONS,
                new ProposalAction.SendReminder(customer, edited.subject() + "\n\n" + edited.body()),
                Money.zero(edited.totalOverdue().currency()), BigDecimal.ONE, BigDecimal.ZERO,
                List.of(person.get().name() + " sent the " + stage + " reminder for " + edited.totalOverdue()
                        + " overdue on " + edited.invoices().size() + " invoice(s)"),
                Map.of("customer", customer.value(), "stage", stage, "edited", Boolean.toString(edited.edited())),
                person.get().id().value(), Optional.of(Assignee.person(person.get().id())));
        ProposalOutcome outcome = proposing.propose(command);
        if (outcome instanceof ProposalOutcome.AwaitingApproval asked) {
            return deciding.decide(DecideCommand.approve(asked.proposal().id(), actor, turnId));
        }
        if (outcome instanceof ProposalOutcome.AutoApproved auto) {
            return auto.execution().map(DecisionResult::of).orElseGet(() -> new DecisionResult.ProposalApproved(auto.proposal()));
        }
        return new DecisionResult.DecisionRefused(none, "collections is in monitor mode, so the reminder was recorded "
                + "but not sent");
    }
}
