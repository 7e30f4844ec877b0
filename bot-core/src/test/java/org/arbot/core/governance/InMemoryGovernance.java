package org.arbot.core.governance;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.arbot.core.ledger.InMemoryLedger;

/** The governance use cases wired over in-memory ports, with a hand-moved clock and recorded notifications. */
final class InMemoryGovernance {

    static final Duration APPROVAL_TIMEOUT = Duration.ofHours(24);

    final MutableClock clock = MutableClock.at("2026-11-27T09:00:00Z");
    final InMemoryGovernanceStore store;
    final InMemoryPeople people = GovernanceFixtures.people();
    final InMemoryLedger ledger = GovernanceFixtures.ledger();
    final List<String> notified = new ArrayList<>();
    final ExecutingProposals executing;
    final Proposing proposing;
    final DecidingProposal deciding;
    final ExpiringProposals expiring;
    final ChangingAutomation changing;

    final FaultyLedger faults = new FaultyLedger(ledger);

    InMemoryGovernance(AutomationMode mode) {
        store = new InMemoryGovernanceStore(GovernanceFixtures.policies(mode));
        Notifications recording = new Notifications() {
            @Override
            public void assigned(Proposal proposal) {
                notified.add("assigned " + proposal.assignee());
            }

            @Override
            public void escalated(Proposal proposal, Assignee from) {
                notified.add("escalated " + from + " -> " + proposal.assignee());
            }
        };
        executing = new ExecutingProposals(store, store, store, store,
                new LedgerExecutor(faults), people, clock, 3, Duration.ofMinutes(1));
        proposing = new Proposing(store, store, store, store, store, recording, executing, clock, APPROVAL_TIMEOUT);
        deciding = new DecidingProposal(store, store, store, store, people, recording, executing, clock, APPROVAL_TIMEOUT);
        expiring = new ExpiringProposals(store, store, store, people, recording, clock);
        changing = new ChangingAutomation(store, store, store, people, clock);
    }

    List<String> auditKinds() {
        return store.after(0, 1000).stream().map(AuditEntry::kind).toList();
    }

    AuditEntry lastAudit() {
        List<AuditEntry> all = store.after(0, 1000);
        return all.get(all.size() - 1);
    }
}
