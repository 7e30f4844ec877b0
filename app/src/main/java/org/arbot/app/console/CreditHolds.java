package org.arbot.app.console;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.cards.Card;
import org.arbot.cards.LocalFormat;
import org.arbot.cards.catalog.CreditHoldCard;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.Invoice;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.credit.CheckingCredit;
import org.arbot.core.credit.CreditDecision;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalAction;
import org.arbot.core.governance.ProposalOutcome;
import org.arbot.core.governance.Proposals;
import org.arbot.core.governance.ProposeCommand;
import org.arbot.core.governance.Proposing;
import org.arbot.core.governance.Workflow;
import org.arbot.core.ledger.Ledger;

/**
 * The credit holds the console shows on arrival: each order waiting for a credit decision, checked by the credit agent
 * and proposed to the credit managers through governance (an order's open proposal is reused), as a credit-hold card.
 */
final class CreditHolds {

    private final Ledger ledger;
    private final CheckingCredit checking;
    private final Proposing proposing;
    private final Proposals proposals;
    private final LocalFormat format;
    private final Clock clock;

    CreditHolds(Ledger ledger, CheckingCredit checking, Proposing proposing, Proposals proposals, LocalFormat format,
            Clock clock) {
        this.ledger = ledger;
        this.checking = checking;
        this.proposing = proposing;
        this.proposals = proposals;
        this.format = format;
        this.clock = clock;
    }

    /** Up to {@code limit} credit-hold cards, oldest order first. */
    List<Card> cards(int limit) {
        List<Proposal> open = proposals.pendingFor(Assignee.queueOf(Workflow.CREDIT));
        return ledger.ordersAwaitingApproval().stream()
                .sorted(java.util.Comparator.comparing(SalesOrder::orderDate).thenComparing(o -> o.id().value()))
                .limit(limit)
                .flatMap(order -> proposal(order, open).map(p -> card(order, p)).stream())
                .toList();
    }

    private Optional<Proposal> proposal(SalesOrder order, List<Proposal> open) {
        Optional<Proposal> existing = open.stream()
                .filter(p -> p.action() instanceof ProposalAction.ReleaseOrder release && release.orderId().equals(order.id()))
                .findFirst();
        if (existing.isPresent()) {
            return existing;
        }
        CreditDecision decision = checking.check(order.id());
        ProposalOutcome outcome = proposing.propose(new ProposeCommand(Workflow.CREDIT,
                new ProposalAction.ReleaseOrder(order.id(), "credit check says " + decision.action().name().toLowerCase(java.util.Locale.ROOT)
                        + ", risk score " + decision.riskScore() + " of 100"),
                order.amount(), decision.confidence(), BigDecimal.valueOf(decision.riskScore(), 2), decision.reasons(),
                Map.of("order", order.id().value(), "verdict", decision.action().name(), "policy", decision.policyVersion()),
                "credit-agent", Optional.empty()));
        return outcome instanceof ProposalOutcome.AwaitingApproval awaiting ? Optional.of(awaiting.proposal()) : Optional.empty();
    }

    private Card card(SalesOrder order, Proposal proposal) {
        Optional<Customer> customer = ledger.customer(order.customerId());
        List<Invoice> open = ledger.openInvoices(order.customerId());
        LocalDate today = LocalDate.now(clock);
        BigDecimal exposure = open.stream().map(i -> i.balance().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        long pastDue = open.stream().mapToLong(i -> i.daysPastDue(today)).max().orElse(0);
        String currency = order.amount().currency().getCurrencyCode();
        return CreditHoldCard.of(new CreditHoldCard.CreditHold(proposal.id().value(), order.id().value(),
                customer.map(Customer::name).orElse(order.customerId().value()), order.orderDate(), order.amount().amount(),
                exposure, customer.map(c -> c.creditLimit().amount()).orElse(BigDecimal.ZERO), currency,
                (int) Math.max(0, pastDue), recommendation(proposal), proposal.reasons()), format);
    }

    private static String recommendation(Proposal proposal) {
        return proposal.action() instanceof ProposalAction.ReleaseOrder release ? release.reason() : "decide";
    }
}
