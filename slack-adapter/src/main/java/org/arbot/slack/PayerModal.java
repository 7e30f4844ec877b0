package org.arbot.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.interactive_components.payload.BlockSuggestionPayload;
import com.slack.api.app_backend.interactive_components.response.Option;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.BlockSuggestionContext;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.BlockSuggestionRequest;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.block.composition.PlainTextObject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.cards.LocalFormat;
import org.arbot.core.ar.BankLine;
import org.arbot.core.ar.BankLineId;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.work.NamingPayers;

/**
 * "Name customer" on a suspense card: a modal with an {@code external_select} of customers searched by name; on submit
 * the payment is proposed for that customer and its card (choose invoices, suspense, reassign) replaces the suspense
 * card in place.
 */
final class PayerModal {

    static final String CALLBACK = "name_customer";
    static final String SELECT = "customer";

    private final NamingPayers naming;
    private final SlackMessages messages;
    private final ModalOutcomes outcomes;
    private final LocalFormat format;
    private final Submissions submissions;

    PayerModal(NamingPayers naming, SlackMessages messages, LocalFormat format, Submissions submissions) {
        this.naming = naming;
        this.messages = messages;
        this.outcomes = new ModalOutcomes(messages);
        this.format = format;
        this.submissions = submissions;
    }

    /** Opens the modal for the click, or tells the person why not. */
    void open(OpeningClick click) {
        Optional<BankLine> line = click.named("bankLine").map(BankLineId::of).flatMap(naming::line);
        if (line.isEmpty()) {
            outcomes.tell(click.origin(""), click.user(), "That payment is no longer in suspense; nothing to name.");
            return;
        }
        messages.openView(click.triggerId(), view(line.get(), click.origin(line.get().id().value())));
    }

    ObjectNode view(BankLine line, ModalOrigin origin) {
        ArrayNode blocks = ModalViews.paragraph(messages, "Payment " + line.id() + " of " + format.money(line.amount().amount(),
                line.amount().currency().getCurrencyCode()) + " from \"" + line.payerName() + "\", received "
                + format.date(line.receivedDate()) + ". Who paid it?");
        ObjectNode select = ModalViews.element("external_select", SELECT).put("min_query_length", 0);
        select.set("placeholder", ModalViews.plain("Search customers by name", 150));
        blocks.add(ModalViews.input("customer", "Customer", select, false));
        return ModalViews.modal(CALLBACK, "Name customer", "Name", origin, blocks);
    }

    Response suggest(BlockSuggestionRequest request, BlockSuggestionContext context) {
        BlockSuggestionPayload payload = request.getPayload();
        List<Option> options = naming.customers(payload.getValue()).stream()
                .map(c -> new Option(PlainTextObject.builder().text(ModalViews.plain(c.name() + " \u00B7 " + c.id(),
                        ModalViews.OPTION_TEXT).get("text").asText()).build(), c.id().value())).toList();
        return context.ack(r -> r.options(options));
    }

    Response submitted(ViewSubmissionRequest request, ViewSubmissionContext context) {
        ViewSubmissionPayload payload = request.getPayload();
        ModalOrigin origin = ModalOrigin.of(payload.getView().getPrivateMetadata());
        Optional<String> customer = new SubmittedValues(payload.getView()).option("customer");
        if (customer.isEmpty() || origin.subject().isEmpty()) {
            return context.ackWithErrors(Map.of("customer", "Choose a customer."));
        }
        submissions.once(payload, origin, (user, turn) -> outcomes.show(origin, user, naming.name(BankLineId.of(origin.subject()),
                CustomerId.of(customer.get()), ChatIdentity.slack(user))));
        return context.ack();
    }
}
