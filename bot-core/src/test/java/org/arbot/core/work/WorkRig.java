package org.arbot.core.work;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.arbot.cards.LocalFormat;
import org.arbot.core.ar.ApprovalState;
import org.arbot.core.ar.CustomerId;
import org.arbot.core.ar.SalesOrder;
import org.arbot.core.ar.SalesOrderId;
import org.arbot.core.credit.CheckingCredit;
import org.arbot.core.credit.CreditPolicy;
import org.arbot.core.governance.AutomationMode;
import org.arbot.core.governance.DecidingProposal;
import org.arbot.core.governance.ExecutingProposals;
import org.arbot.core.governance.GovernanceFixtures;
import org.arbot.core.governance.InMemoryGovernanceStore;
import org.arbot.core.governance.InMemoryPeople;
import org.arbot.core.governance.LedgerExecutor;
import org.arbot.core.governance.MutableClock;
import org.arbot.core.governance.Notifications;
import org.arbot.core.governance.Proposing;
import org.arbot.core.ledger.InMemoryLedger;

/** The work loop over the in-memory ledger and governance: ACME has an order of 2,000.00 awaiting credit approval. */
final class WorkRig {

    static final SalesOrderId ORDER = SalesOrderId.of("SO-0042");

    final MutableClock clock = MutableClock.at("2026-11-27T09:00:00Z");
    final InMemoryLedger ledger = GovernanceFixtures.ledger().add(new SalesOrder(ORDER, CustomerId.of("CUST-1001"),
            LocalDate.parse("2026-11-26"), GovernanceFixtures.usd("2000.00"), ApprovalState.PENDING, ""));
    final InMemoryGovernanceStore store;
    final InMemoryPeople people = GovernanceFixtures.people();
    final InMemoryWorkSources sources = new InMemoryWorkSources();
    final ProposalCards cards = new ProposalCards(ledger, people, LocalFormat.of(Locale.US, ZoneOffset.UTC), clock);
    final ExecutingProposals executing;
    final Proposing proposing;
    final DecidingProposal deciding;
    final FindingWork finding;
    final GovernedActions actions;

    WorkRig(AutomationMode mode) {
        store = new InMemoryGovernanceStore(GovernanceFixtures.policies(mode));
        executing = new ExecutingProposals(store, store, store, store, new LedgerExecutor(ledger), people,
                clock, 3, Duration.ofMinutes(1));
        proposing = new Proposing(store, store, store, store, store, Notifications.NONE, executing, clock, Duration.ofHours(24));
        deciding = new DecidingProposal(store, store, store, store, people, Notifications.NONE, executing, clock,
                Duration.ofHours(24));
        finding = new FindingWork(ledger, new CheckingCredit(ledger, clock, CreditPolicy.defaults()), proposing, sources,
                cards, List.of());
        actions = new GovernedActions(deciding, sources, people, cards);
    }

    Optional<SalesOrder> order() {
        return ledger.salesOrder(ORDER);
    }
}
