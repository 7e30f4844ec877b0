package org.arbot.core.work;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.arbot.cards.LocalFormat;
import org.arbot.core.credit.CheckingCredit;
import org.arbot.core.credit.CreditPolicy;
import org.arbot.core.governance.AutomationMode;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.DecidingProposal;
import org.arbot.core.governance.ExecutingProposals;
import org.arbot.core.governance.GovernanceFixtures;
import org.arbot.core.governance.InMemoryGovernanceStore;
import org.arbot.core.governance.InMemoryPeople;
import org.arbot.core.governance.LedgerExecutor;
import org.arbot.core.governance.Notifications;
import org.arbot.core.governance.Person;
import org.arbot.core.governance.PersonId;
import org.arbot.core.governance.Proposing;
import org.arbot.core.governance.Role;
import org.arbot.core.governance.Workflow;
import org.arbot.core.ledger.InMemoryLedger;

/** Governed chat actions over an in-memory ledger, for the tests of other packages. */
public final class WorkFixtures {

    private WorkFixtures() {
    }

    /**
     * Chat actions decided through in-memory governance (assist mode), after the work loop proposed every held order;
     * Slack user {@code U02MARIA} is an AR manager who may approve credit up to 100,000.00.
     */
    public static GovernedActions governedActions(InMemoryLedger ledger, Clock clock) {
        InMemoryGovernanceStore store = new InMemoryGovernanceStore(GovernanceFixtures.policies(AutomationMode.ASSIST));
        List<Person> everyone = new ArrayList<>(GovernanceFixtures.people().all());
        everyone.add(new Person(PersonId.of("mchen"), "Maria Chen", Set.of(Role.AR_MANAGER),
                Set.of(ChatIdentity.slack("U02MARIA")), Map.of(Workflow.CREDIT, GovernanceFixtures.usd("100000.00")),
                Optional.empty(), Optional.empty()));
        InMemoryPeople people = new InMemoryPeople(everyone);
        ExecutingProposals executing = new ExecutingProposals(store, store, store, store, new LedgerExecutor(ledger), people,
                clock, 3, Duration.ofMinutes(1));
        Proposing proposing = new Proposing(store, store, store, store, store, Notifications.NONE, executing, clock,
                Duration.ofHours(24));
        DecidingProposal deciding = new DecidingProposal(store, store, store, store, people, Notifications.NONE, executing,
                clock, Duration.ofHours(24));
        InMemoryWorkSources sources = new InMemoryWorkSources();
        ProposalCards cards = new ProposalCards(ledger, people, LocalFormat.of(Locale.US, ZoneOffset.UTC), clock);
        new FindingWork(ledger, new CheckingCredit(ledger, clock, CreditPolicy.defaults()), proposing, sources, cards,
                List.of()).find();
        return new GovernedActions(deciding, sources, people, cards);
    }
}
