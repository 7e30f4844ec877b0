package org.arbot.core.work;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.InvoiceId;
import org.arbot.core.ar.PaymentApplication;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.DecideCommand;
import org.arbot.core.governance.DecidingProposal;
import org.arbot.core.governance.Decision;
import org.arbot.core.governance.DecisionResult;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Permissions;
import org.arbot.core.governance.Person;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalAction;
import org.arbot.core.governance.ProposalId;
import org.arbot.core.governance.ProposalOutcome;
import org.arbot.core.governance.Proposals;
import org.arbot.core.governance.ProposeCommand;
import org.arbot.core.governance.Proposing;
import org.arbot.core.ledger.Ledger;
import org.arbot.core.ledger.PaymentPosting;
import org.arbot.core.money.Money;

/**
 * A person applies a proposed payment to the invoices they chose instead of the agent's match. Governance has no way
 * to change a proposal's action, so the proposal is declined ("re-matched") and a payment to the chosen invoices is
 * proposed in its place and approved as that person. Only the click that declines the original goes on, so rival or
 * repeated submissions post at most one payment; the new proposal's idempotency key keeps that one write single.
 */
public final class ChoosingInvoices {

    private final Ledger ledger;
    private final Proposals proposals;
    private final People people;
    private final Proposing proposing;
    private final DecidingProposal deciding;

    public ChoosingInvoices(Ledger ledger, Proposals proposals, People people, Proposing proposing,
            DecidingProposal deciding) {
        this.ledger = ledger;
        this.proposals = proposals;
        this.people = people;
        this.proposing = proposing;
        this.deciding = deciding;
    }

    /** The payment proposal a choice would replace, if {@code id} names one. */
    public Optional<PaymentPosting> payment(ProposalId id) {
        return proposals.byId(id).map(Proposal::action).filter(ProposalAction.PostPayment.class::isInstance)
                .map(a -> ((ProposalAction.PostPayment) a).posting());
    }

    /** The customer's open invoices whose number or open amount contains {@code query}, oldest due first. */
    public List<Invoice> candidates(ProposalId id, String query) {
        String wanted = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT).replace(",", "");
        return payment(id).map(p -> ledger.openInvoices(p.customerId())).orElse(List.of()).stream()
                .filter(i -> wanted.isEmpty() || i.number().toLowerCase(java.util.Locale.ROOT).contains(wanted)
                        || i.balance().toDecimalString().contains(wanted))
                .sorted(Comparator.comparing(Invoice::dueDate).thenComparing(Invoice::number)).toList();
    }

    /** Empty when the payment can go to the chosen invoices, else why not, as a sentence for the form. */
    public Optional<String> problem(ProposalId id, List<InvoiceId> chosen) {
        if (chosen.isEmpty()) {
            return Optional.of("Choose at least one invoice.");
        }
        Optional<PaymentPosting> payment = payment(id);
        if (payment.isEmpty()) {
            return Optional.of("This card's payment proposal is gone; nothing to apply.");
        }
        Map<InvoiceId, Invoice> open = ledger.openInvoices(payment.get().customerId()).stream()
                .collect(Collectors.toMap(Invoice::id, i -> i, (a, b) -> a));
        List<String> closed = chosen.stream().filter(i -> !open.containsKey(i)).map(InvoiceId::value).toList();
        if (!closed.isEmpty()) {
            return Optional.of(String.join(", ", closed) + (closed.size() == 1 ? " is" : " are")
                    + " not open for this customer any more; choose from the list again.");
        }
        return Optional.empty();
    }

    /** Applies the payment to the chosen invoices through governance, as {@code actor}. */
    public DecisionResult choose(ProposalId id, List<InvoiceId> chosen, ChatIdentity actor, String turnId) {
        Optional<Proposal> found = proposals.byId(id);
        Optional<Person> person = people.byIdentity(actor);
        if (found.isEmpty() || !(found.get().action() instanceof ProposalAction.PostPayment payment)) {
            return new DecisionResult.DecisionRefused(id, "there is no payment proposal " + id);
        }
        if (person.isEmpty()) {
            return new DecisionResult.DecisionRefused(id, actor + " is not an arbot user");
        }
        Proposal original = found.get();
        if (original.state().pending()) {
            Optional<String> refusal = problem(id, chosen).or(() -> Permissions.refusal(person.get(), original, Decision.APPROVE));
            if (refusal.isPresent()) {
                return new DecisionResult.DecisionRefused(id, refusal.get());
            }
        }
        PaymentPosting posting = payment.posting();
        List<PaymentApplication> applications = allocate(posting, chosen);
        String listed = applications.stream().map(a -> a.invoiceId() + " " + a.amount()).collect(Collectors.joining(", "));
        DecisionResult declined = deciding.decide(DecideCommand.decline(id, actor, "re-matched to " + listed, turnId));
        if (!(declined instanceof DecisionResult.ProposalDeclined)) {
            return declined;
        }
        ProposeCommand command = new ProposeCommand(original.workflow(), new ProposalAction.PostPayment(new PaymentPosting(
                "set-by-governance", posting.customerId(), posting.receivedDate(), posting.amount(), applications,
                posting.bankLine(), posting.memo())), original.amount(), original.confidence(), original.risk(),
                List.of(person.get().name() + " chose the invoices in place of proposal " + id + ": " + listed),
                Map.of("replaces", id.value()), person.get().id().value(),
                Optional.of(Assignee.person(person.get().id())));
        return settled(id, proposing.propose(command), actor, turnId);
    }

    private DecisionResult settled(ProposalId replaced, ProposalOutcome outcome, ChatIdentity actor, String turnId) {
        if (outcome instanceof ProposalOutcome.AwaitingApproval asked) {
            return deciding.decide(DecideCommand.approve(asked.proposal().id(), actor, turnId + ":chosen"));
        }
        if (outcome instanceof ProposalOutcome.AutoApproved auto) {
            return auto.execution().map(DecisionResult::of)
                    .orElseGet(() -> new DecisionResult.ProposalApproved(auto.proposal()));
        }
        return new DecisionResult.DecisionRefused(replaced, "cash application is in monitor mode, so the chosen match "
                + "was declined and recorded but not posted");
    }

    /** The payment spread over the chosen invoices, oldest due first, each up to its balance; the rest stays on account. */
    private List<PaymentApplication> allocate(PaymentPosting posting, List<InvoiceId> chosen) {
        List<Invoice> invoices = ledger.openInvoices(posting.customerId()).stream().filter(i -> chosen.contains(i.id()))
                .sorted(Comparator.comparing(Invoice::dueDate).thenComparing(Invoice::number)).toList();
        Money left = posting.amount();
        List<PaymentApplication> applications = new ArrayList<>();
        for (Invoice invoice : invoices) {
            Money applied = left.min(invoice.balance());
            if (applied.isPositive()) {
                applications.add(new PaymentApplication(invoice.id(), applied));
                left = left.minus(applied);
            }
        }
        return applications;
    }
}
