package org.arbot.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.arbot.cards.LocalFormat;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.collections.LoggingPromiseToPay;
import org.arbot.core.collections.PromiseToPay;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.People;
import org.arbot.core.ledger.Ledger;

/**
 * "Log promise" on a priority list: a modal asking the amount ({@code number_input}) and the date ({@code datepicker})
 * the customer promised; on submit the promise is logged for the next priority lists, and a note left in the list's
 * thread. A malformed amount or a missing date keeps the form open with the error.
 */
final class PromiseModal {

    static final String CALLBACK = "log_promise";

    private final LoggingPromiseToPay logging;
    private final Ledger ledger;
    private final People people;
    private final SlackMessages messages;
    private final ModalOutcomes outcomes;
    private final LocalFormat format;
    private final Submissions submissions;

    PromiseModal(LoggingPromiseToPay logging, Ledger ledger, People people, SlackMessages messages, LocalFormat format,
            Submissions submissions) {
        this.logging = logging;
        this.ledger = ledger;
        this.people = people;
        this.messages = messages;
        this.outcomes = new ModalOutcomes(messages);
        this.format = format;
        this.submissions = submissions;
    }

    /** Opens the modal for the click, or tells the person why not. */
    void open(OpeningClick click) {
        Optional<Customer> customer = click.named("customer").map(CustomerId::of).flatMap(ledger::customer);
        if (customer.isEmpty()) {
            outcomes.tell(click.origin(""), click.user(), "That button names no customer, so there is no promise to log.");
            return;
        }
        messages.openView(click.triggerId(), view(customer.get(), click.origin(customer.get().id().value())));
    }

    ObjectNode view(Customer customer, ModalOrigin origin) {
        ArrayNode blocks = ModalViews.paragraph(messages, "What did " + customer.name() + " promise to pay, and by when?");
        blocks.add(ModalViews.input("amount", "Amount (" + customer.creditLimit().currency().getCurrencyCode() + ")",
                ModalViews.element("number_input", "amount").put("is_decimal_allowed", true).put("min_value", "0.01"),
                false));
        blocks.add(ModalViews.input("date", "Promised for", ModalViews.element("datepicker", "date"), false));
        return ModalViews.modal(CALLBACK, "Log promise", "Log", origin, blocks);
    }

    Response submitted(ViewSubmissionRequest request, ViewSubmissionContext context) {
        ViewSubmissionPayload payload = request.getPayload();
        SubmittedValues values = new SubmittedValues(payload.getView());
        ModalOrigin origin = ModalOrigin.of(payload.getView().getPrivateMetadata());
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<BigDecimal> amount = values.text("amount").flatMap(PromiseModal::decimal).filter(a -> a.signum() > 0);
        Optional<LocalDate> date = values.date("date").flatMap(PromiseModal::date);
        if (amount.isEmpty()) {
            errors.put("amount", "Enter the promised amount, e.g. 1250.00.");
        }
        if (date.isEmpty() || origin.subject().isEmpty()) {
            errors.put("date", "Pick the date the customer promised.");
        }
        if (!errors.isEmpty()) {
            return context.ackWithErrors(errors);
        }
        submissions.once(payload, origin, (user, turn) -> log(origin, user, amount.get(), date.get()));
        return context.ack();
    }

    private void log(ModalOrigin origin, String user, BigDecimal amount, LocalDate date) {
        String by = people.byIdentity(ChatIdentity.slack(user)).map(p -> p.id().value()).orElse("slack:" + user);
        PromiseToPay promise;
        try {
            promise = logging.log(new LoggingPromiseToPay.LogPromise(CustomerId.of(origin.subject()), amount, date, by));
        } catch (IllegalArgumentException refused) {
            outcomes.tell(origin, user, "Not logged: " + refused.getMessage() + ". Log it again with a date from today on.");
            return;
        }
        String customer = ledger.customer(promise.customerId()).map(Customer::name).orElse(promise.customerId().value());
        String note = "Promise logged by <@" + user + ">: " + customer + " will pay " + format.money(
                promise.amount().amount(), promise.amount().currency().getCurrencyCode()) + " by "
                + format.date(promise.promisedFor()) + "; the priority lists hold off until then.";
        if (origin.channel().isPresent()) {
            messages.say(origin.channel().get(), note, origin.messageTs());
        } else {
            messages.say(user, note, Optional.empty());
        }
    }

    private static Optional<BigDecimal> decimal(String text) {
        try {
            return Optional.of(new BigDecimal(text.replace(",", "")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
