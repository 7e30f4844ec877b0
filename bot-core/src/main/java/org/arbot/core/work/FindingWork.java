package org.arbot.core.work;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.cards.Card;
import org.arbot.cards.Header;
import org.arbot.cards.Text;
import org.arbot.cards.Tone;
import org.arbot.core.ar.Customer;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.credit.CheckingCredit;
import org.arbot.core.credit.CreditAction;
import org.arbot.core.credit.CreditDecision;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.PersonId;
import org.arbot.core.governance.ProposalAction;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalId;
import org.arbot.core.governance.ProposalOutcome;
import org.arbot.core.governance.ProposeCommand;
import org.arbot.core.governance.Proposing;
import org.arbot.core.governance.Workflow;
import org.arbot.core.ledger.Ledger;

/**
 * Finds the work that needs a decision: runs the credit check on every order awaiting approval and takes each verdict
 * through governance (APPROVE and REVIEW propose releasing the order, DECLINE informs the customer's owner). Each
 * source document is handled once, however often this runs; the result is the cards to post and who they are for.
 */
public final class FindingWork {

    private final Ledger ledger;
    private final CheckingCredit credit;
    private final Proposing proposing;
    private final WorkSources sources;
    private final ProposalCards cards;
    private final List<WorkFinder> finders;
    private final Settling settling;

    public FindingWork(Ledger ledger, CheckingCredit credit, Proposing proposing, WorkSources sources, ProposalCards cards,
            List<WorkFinder> finders) {
        this(ledger, credit, proposing, sources, cards, finders, Settling.none());
    }

    public FindingWork(Ledger ledger, CheckingCredit credit, Proposing proposing, WorkSources sources, ProposalCards cards,
            List<WorkFinder> finders, Settling settling) {
        this.settling = settling;
        this.ledger = ledger;
        this.credit = credit;
        this.proposing = proposing;
        this.sources = sources;
        this.cards = cards;
        this.finders = List.copyOf(finders);
    }

    /** One pass over the ledger: the cards for documents not seen before; a document that fails is tried next time. */
    public List<FoundWork> find() {
        List<FoundWork> found = new ArrayList<>();
        Set<ProposalId> awaitingExecution = new HashSet<>();
        for (SalesOrder order : ledger.ordersAwaitingApproval()) {
            once("credit:" + order.id(), source -> creditCheck(source, order, awaitingExecution)).ifPresent(found::add);
        }
        for (WorkFinder finder : finders) {
            WorkFinder.Found pass = finder.find();
            for (WorkFinder.Candidate candidate : pass.candidates()) {
                once(candidate.source(), source -> govern(source, candidate.command(), candidate.owner(), awaitingExecution))
                        .ifPresent(found::add);
            }
            for (WorkFinder.Notice notice : pass.notices()) {
                once(notice.source(), source -> new FoundWork(source, notice.audience(), notice.card(), Optional.empty()))
                        .ifPresent(found::add);
            }
        }
        return settled(found, awaitingExecution);
    }

    /** The cards of auto-approved proposals still waiting to execute, redrawn once the outbox has executed them. */
    private List<FoundWork> settled(List<FoundWork> found, Set<ProposalId> awaitingExecution) {
        List<Integer> waiting = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            if (awaitingExecution.contains(found.get(k).proposal().orElse(null))) {
                waiting.add(k);
            }
        }
        if (waiting.isEmpty()) {
            return found;
        }
        List<Optional<Proposal>> now = settling.settle(waiting.stream().map(k -> found.get(k).proposal().orElseThrow()).toList());
        List<FoundWork> redrawn = new ArrayList<>(found);
        for (int j = 0; j < waiting.size(); j++) {
            int k = waiting.get(j);
            FoundWork before = found.get(k);
            now.get(j).ifPresent(p -> redrawn.set(k, new FoundWork(before.source(), before.audience(), cards.outcome(p),
                    before.proposal())));
        }
        return redrawn;
    }

    private Optional<FoundWork> once(String source, java.util.function.Function<String, FoundWork> work) {
        if (!sources.claim(source)) {
            return Optional.empty();
        }
        try {
            FoundWork done = work.apply(source);
            done.proposal().ifPresent(id -> sources.record(source, id));
            return Optional.of(done);
        } catch (RuntimeException e) {
            sources.release(source);
            throw e;
        }
    }

    private FoundWork creditCheck(String source, SalesOrder order, Set<ProposalId> awaitingExecution) {
        CreditDecision decision = credit.check(order.id());
        Customer customer = ledger.customer(order.customerId()).orElseThrow();
        Assignee owner = Assignee.person(PersonId.of(customer.collector().value()));
        if (decision.action() == CreditAction.DECLINE) {
            String title = "Credit declined: " + order.id() + " for " + customer.name();
            Card notice = Card.of(title + ". The order stays on hold.", List.of(
                    Header.of(title, "The order stays on hold", Tone.ATTENTION),
                    Text.of("\u2022 " + String.join("\n\u2022 ", decision.reasons()))), List.of());
            return new FoundWork(source, owner, notice, Optional.empty());
        }
        // REVIEW means the agent does not vouch for the release itself: no confidence, so no mode executes it unasked.
        BigDecimal confidence = decision.action() == CreditAction.REVIEW ? BigDecimal.ZERO : decision.confidence();
        ProposeCommand command = new ProposeCommand(Workflow.CREDIT,
                new ProposalAction.ReleaseOrder(order.id(), "credit check " + decision.action().name().toLowerCase(
                        java.util.Locale.ROOT) + " (policy " + decision.policyVersion() + ")"),
                order.amount(), confidence, BigDecimal.valueOf(decision.riskScore()).divide(BigDecimal.valueOf(100), 2,
                        RoundingMode.HALF_EVEN), decision.reasons(),
                Map.of("order", order.id().value(), "customer", customer.id().value(), "verdict", decision.action().name()),
                "credit-agent", Optional.empty());
        return govern(source, command, owner, awaitingExecution);
    }

    private FoundWork govern(String source, ProposeCommand command, Assignee owner, Set<ProposalId> awaitingExecution) {
        ProposalOutcome outcome = proposing.propose(command);
        if (outcome instanceof ProposalOutcome.AwaitingApproval asked) {
            return new FoundWork(source, asked.proposal().assignee(), cards.card(asked.proposal()),
                    Optional.of(asked.proposal().id()));
        }
        if (outcome instanceof ProposalOutcome.AutoApproved auto) {
            var done = auto.execution().map(e -> e.proposal()).orElse(auto.proposal());
            if (auto.execution().isEmpty()) {
                awaitingExecution.add(auto.proposal().id());
            }
            return new FoundWork(source, Assignee.queueOf(command.workflow()), cards.outcome(done),
                    Optional.of(auto.proposal().id()));
        }
        ProposalOutcome.Informed informed = (ProposalOutcome.Informed) outcome;
        String title = command.workflow().label() + " (monitor mode): would " + command.action().operation();
        return new FoundWork(source, owner, Card.of(title, List.of(Header.of(title, "Nothing was written", Tone.NEUTRAL),
                Text.of("\u2022 " + String.join("\n\u2022 ", informed.reasons()))), List.of()), Optional.empty());
    }
}
