package org.arbot.core.governance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Escalates proposals nobody decided in time: each moves to {@link ProposalState#EXPIRED} and waits on the manager of
 * the person it was assigned to, or on the managers' queue; the new assignee is notified.
 */
public final class ExpiringProposals {

    /** Where expired proposals go when the assignee has no manager. */
    public static final Assignee MANAGERS = Assignee.queue("ar-managers");

    private static final int BATCH = 100;

    private final Transactions transactions;
    private final Proposals proposals;
    private final AuditTrail audit;
    private final People people;
    private final Notifications notifications;
    private final Clock clock;

    public ExpiringProposals(Transactions transactions, Proposals proposals, AuditTrail audit, People people,
            Notifications notifications, Clock clock) {
        this.transactions = transactions;
        this.proposals = proposals;
        this.audit = audit;
        this.people = people;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** Escalates every proposal due; returns them in their expired state. */
    public List<Proposal> expireDue() {
        Instant now = clock.instant();
        List<Proposal> escalated = new ArrayList<>();
        List<Assignee> from = new ArrayList<>();
        transactions.inTransaction(() -> {
            for (Proposal proposal : proposals.lockExpiring(now, BATCH)) {
                Proposal expired = proposal.expiredTo(escalationOf(proposal.assignee()));
                proposals.update(expired);
                audit.append(new AuditRecord(now, AuditKind.EXPIRY, "arbot", Channel.SYSTEM, Optional.of(expired.id()),
                        Map.of("expired-at", proposal.expiresAt().toString(), "from", proposal.assignee().toString(),
                                "escalated-to", expired.assignee().toString())));
                escalated.add(expired);
                from.add(proposal.assignee());
            }
            return null;
        });
        for (int i = 0; i < escalated.size(); i++) {
            notifications.escalated(escalated.get(i), from.get(i));
        }
        return escalated;
    }

    private Assignee escalationOf(Assignee assignee) {
        if (assignee.kind() != Assignee.Kind.PERSON) {
            return MANAGERS;
        }
        return people.byId(PersonId.of(assignee.id())).flatMap(Person::manager).map(Assignee::person).orElse(MANAGERS);
    }
}
