package org.arbot.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.arbot.cards.LocalFormat;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.collections.ReminderDraft;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.DecisionResult;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.work.SendingReminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Send reminder" on a priority list: a modal with the drafted reminder (subject and multiline text) to edit; on submit
 * the edited reminder is sent through governance as the collector, recorded with its text in the audit trail, and a
 * note of it is left in the card's thread (or the person's direct messages, from the home tab).
 */
final class ReminderModal {

    static final String CALLBACK = "send_reminder";
    private static final Logger log = LoggerFactory.getLogger(ReminderModal.class);

    private final SendingReminders sending;
    private final Ledger ledger;
    private final SlackMessages messages;
    private final ModalOutcomes outcomes;
    private final LocalFormat format;
    private final Submissions submissions;

    ReminderModal(SendingReminders sending, Ledger ledger, SlackMessages messages, LocalFormat format,
            Submissions submissions) {
        this.sending = sending;
        this.ledger = ledger;
        this.messages = messages;
        this.outcomes = new ModalOutcomes(messages);
        this.format = format;
        this.submissions = submissions;
    }

    /** Opens the modal for the click, or tells the person why not. */
    void open(OpeningClick click) {
        Optional<CustomerId> customer = click.named("customer").map(CustomerId::of);
        if (customer.isEmpty()) {
            outcomes.tell(click.origin(""), click.user(), "That button names no customer, so there is no reminder to draft.");
            return;
        }
        ReminderDraft draft;
        try {
            draft = sending.draft(customer.get());
        } catch (IllegalArgumentException nothingOverdue) {
            outcomes.tell(click.origin(""), click.user(), name(customer.get()) + " has nothing overdue; no reminder needed.");
            return;
        }
        messages.openView(click.triggerId(), view(draft, click.origin(customer.get().value())));
    }

    ObjectNode view(ReminderDraft draft, ModalOrigin origin) {
        String stage = draft.stage().name().toLowerCase(java.util.Locale.ROOT);
        ArrayNode blocks = ModalViews.paragraph(messages, "The " + stage + " reminder to " + name(draft.customerId())
                + " for " + format.money(draft.totalOverdue().amount(), draft.totalOverdue().currency().getCurrencyCode())
                + " overdue on " + draft.invoices().size() + " invoice(s). Edit it, then send.");
        blocks.add(ModalViews.input("subject", "Subject", ModalViews.textInput("text", false, draft.subject()), false));
        blocks.add(ModalViews.input("body", "Text", ModalViews.textInput("text", true, draft.body()), false));
        return ModalViews.modal(CALLBACK, "Edit reminder", "Send", origin, blocks);
    }

    Response submitted(ViewSubmissionRequest request, ViewSubmissionContext context) {
        ViewSubmissionPayload payload = request.getPayload();
        SubmittedValues values = new SubmittedValues(payload.getView());
        ModalOrigin origin = ModalOrigin.of(payload.getView().getPrivateMetadata());
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<String> subject = values.text("subject");
        Optional<String> body = values.text("body");
        if (subject.isEmpty()) {
            errors.put("subject", "Write a subject.");
        }
        if (body.isEmpty()) {
            errors.put("body", "Write the reminder's text.");
        }
        if (origin.subject().isEmpty()) {
            errors.put("body", "This form lost its customer; close it and click the list again.");
        }
        if (!errors.isEmpty()) {
            return context.ackWithErrors(errors);
        }
        submissions.once(payload, origin, (user, turn) -> send(origin, user, subject.get(), body.get(), turn));
        return context.ack();
    }

    private void send(ModalOrigin origin, String user, String subject, String body, String turn) {
        CustomerId customer = CustomerId.of(origin.subject());
        try {
            DecisionResult result = sending.send(customer, subject, body, ChatIdentity.slack(user), turn);
            if (result instanceof DecisionResult.ProposalExecuted sent) {
                String note = "Reminder to " + name(customer) + " sent by <@" + user + ">: \"" + subject + "\" ("
                        + sent.reference() + "; recorded as proposal " + sent.proposal().id() + ").";
                if (origin.channel().isPresent()) {
                    messages.say(origin.channel().get(), note, origin.messageTs());
                } else {
                    messages.say(user, note, Optional.empty());
                }
            } else if (result instanceof DecisionResult.DecisionRefused refused) {
                outcomes.tell(origin, user, "Not sent: " + refused.reason() + ". Ask an AR manager to send it.");
            } else {
                outcomes.tell(origin, user, "The reminder to " + name(customer) + " is recorded and will be sent shortly.");
            }
        } catch (RuntimeException e) {
            log.warn("reminder {} failed", turn, e);
            outcomes.tell(origin, user, "The reminder did not go out: " + e.getMessage() + ". Try again in a minute.");
        }
    }

    private String name(CustomerId id) {
        return ledger.customer(id).map(Customer::name).orElse(id.value());
    }
}
