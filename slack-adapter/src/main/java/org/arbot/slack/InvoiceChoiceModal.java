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
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.ProposalId;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.work.ChoosingInvoices;
import org.arbot.core.work.ProposalCards;

/**
 * "Choose invoices" on a payment card: a modal listing the customer's open invoices in a {@code multi_external_select}
 * whose options Slack loads from the ledger as the person types an invoice number or an amount; on submit the payment
 * is applied to the chosen invoices through governance, once, and the card replaced in place by the outcome.
 */
final class InvoiceChoiceModal {

    static final String CALLBACK = "choose_invoices";
    static final String SELECT = "invoices";

    private final ChoosingInvoices choosing;
    private final Ledger ledger;
    private final ProposalCards cards;
    private final SlackMessages messages;
    private final ModalOutcomes outcomes;
    private final LocalFormat format;
    private final Submissions submissions;

    InvoiceChoiceModal(ChoosingInvoices choosing, Ledger ledger, ProposalCards cards, SlackMessages messages,
            LocalFormat format, Submissions submissions) {
        this.choosing = choosing;
        this.ledger = ledger;
        this.cards = cards;
        this.messages = messages;
        this.outcomes = new ModalOutcomes(messages);
        this.format = format;
        this.submissions = submissions;
    }

    /** Opens the modal for the click, or tells the person why not. */
    void open(OpeningClick click) {
        Optional<ProposalId> id = click.named("proposal").map(ProposalId::of);
        Optional<PaymentPosting> payment = id.flatMap(choosing::payment);
        if (payment.isEmpty()) {
            outcomes.tell(click.origin(""), click.user(), "That card names no payment proposal, so there are no "
                    + "invoices to choose.");
            return;
        }
        messages.openView(click.triggerId(), view(payment.get(), click.origin(id.get().value())));
    }

    ObjectNode view(PaymentPosting p, ModalOrigin origin) {
        String customer = ledger.customer(p.customerId()).map(Customer::name).orElse(p.customerId().value());
        ArrayNode blocks = ModalViews.paragraph(messages, "Payment of " + money(p.amount()) + " from " + customer
                + ", received " + format.date(p.receivedDate()) + (p.memo().isBlank() ? "" : ", reference \"" + p.memo()
                + "\"") + ". It pays the chosen invoices oldest due first; what is left stays on the customer's account.");
        ObjectNode select = ModalViews.element("multi_external_select", SELECT).put("min_query_length", 0);
        select.set("placeholder", ModalViews.plain("Search by invoice number or amount", 150));
        List<InvoiceId> current = p.applications().stream().map(a -> a.invoiceId()).toList();
        if (!current.isEmpty()) {
            ArrayNode initial = select.putArray("initial_options");
            choosing.candidates(ProposalId.of(origin.subject()), "").stream().filter(i -> current.contains(i.id()))
                    .forEach(i -> initial.add(ModalViews.option(label(i), i.id().value())));
        }
        blocks.add(ModalViews.input("invoices", "Apply to invoices", select, false));
        return ModalViews.modal(CALLBACK, "Choose invoices", "Apply", origin, blocks);
    }

    /** Slack asks for the options matching what the person typed: open invoices by number or open amount. */
    Response suggest(BlockSuggestionRequest request, BlockSuggestionContext context) {
        BlockSuggestionPayload payload = request.getPayload();
        String subject = ModalOrigin.of(payload.getView().getPrivateMetadata()).subject();
        List<Invoice> found = subject.isEmpty() ? List.of() : choosing.candidates(ProposalId.of(subject), payload.getValue());
        List<Option> options = found.stream().limit(ModalViews.MAX_OPTIONS)
                .map(i -> new Option(PlainTextObject.builder().text(ModalViews.plain(label(i), ModalViews.OPTION_TEXT)
                        .get("text").asText()).build(), i.id().value())).toList();
        return context.ack(r -> r.options(options));
    }

    Response submitted(ViewSubmissionRequest request, ViewSubmissionContext context) {
        ViewSubmissionPayload payload = request.getPayload();
        ModalOrigin origin = ModalOrigin.of(payload.getView().getPrivateMetadata());
        if (origin.subject().isEmpty()) {
            return context.ackWithErrors(Map.of("invoices", "This form lost its payment; close it and click the card again."));
        }
        ProposalId id = ProposalId.of(origin.subject());
        List<InvoiceId> chosen = new SubmittedValues(payload.getView()).options("invoices").stream().map(InvoiceId::of).toList();
        Optional<String> problem = choosing.problem(id, chosen);
        if (problem.isPresent()) {
            return context.ackWithErrors(Map.of("invoices", problem.get()));
        }
        submissions.once(payload, origin, (user, turn) -> outcomes.show(origin, user,
                cards.after(choosing.choose(id, chosen, ChatIdentity.slack(user), turn))));
        return context.ack();
    }

    private String label(Invoice i) {
        return i.number() + " \u00B7 due " + format.date(i.dueDate()) + " \u00B7 " + money(i.balance()) + " open";
    }

    private String money(org.arbot.core.money.Money m) {
        return format.money(m.amount(), m.currency().getCurrencyCode());
    }
}
