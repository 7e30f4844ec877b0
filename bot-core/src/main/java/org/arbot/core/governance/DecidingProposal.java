package org.arbot.core.governance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.arbot.core.governance.DecisionResult.DecisionRefused;
import org.arbot.core.governance.DecisionResult.ProposalAlreadyDecided;

/**
 * A person approves, declines or reassigns a proposal from any channel. The proposal is locked while deciding, so of
 * simultaneous clicks (Slack and Teams, redeliveries, replicas) exactly one decides; approval and its outbox row commit
 * together, then execution is attempted at once. Every action and every refusal is audited.
 */
public final class DecidingProposal {

    private final Transactions transactions;
    private final Proposals proposals;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final People people;
    private final Notifications notifications;
    private final ExecutingProposals executing;
    private final Clock clock;
    private final Duration approvalTimeout;

    public DecidingProposal(Transactions transactions, Proposals proposals, Outbox outbox, AuditTrail audit, People people,
            Notifications notifications, ExecutingProposals executing, Clock clock, Duration approvalTimeout) {
        this.transactions = transactions;
        this.proposals = proposals;
        this.outbox = outbox;
        this.audit = audit;
        this.people = people;
        this.notifications = notifications;
        this.executing = executing;
        this.clock = clock;
        this.approvalTimeout = approvalTimeout;
    }

    public DecisionResult decide(DecideCommand command) {
        DecisionResult result = transactions.inTransaction(() -> decideLocked(command));
        if (result instanceof DecisionResult.ProposalApproved approved) {
            return executing.execute(approved.proposal().id()).map(DecisionResult::of).orElse(result);
        }
        if (result instanceof DecisionResult.ProposalReassigned reassigned) {
            notifications.assigned(reassigned.proposal());
        }
        return result;
    }

    private DecisionResult decideLocked(DecideCommand command) {
        Instant now = clock.instant();
        Optional<Person> person = people.byIdentity(command.actor());
        String actor = person.map(p -> p.id().value()).orElse(command.actor().toString());
        Optional<Proposal> found = proposals.lock(command.proposalId());
        if (found.isEmpty()) {
            return refuse(command, actor, now, "there is no proposal " + command.proposalId());
        }
        Proposal proposal = found.get();
        if (!proposal.state().pending()) {
            audit.append(record(command, actor, now, AuditKind.REFUSAL, Map.of("reason", "already " + proposal.state().name()
                    .toLowerCase(java.util.Locale.ROOT) + " by " + proposal.decidedBy().map(PersonId::value).orElse("arbot"))));
            return new ProposalAlreadyDecided(proposal, proposal.decidedBy());
        }
        if (person.isEmpty()) {
            return refuse(command, actor, now, command.actor() + " is not an arbot user");
        }
        Optional<String> refusal = Permissions.refusal(person.get(), proposal, command.decision());
        if (command.decision() == Decision.REASSIGN && refusal.isEmpty()) {
            refusal = reassignmentRefusal(command.reassignTo().orElseThrow());
        }
        if (refusal.isPresent()) {
            return refuse(command, actor, now, refusal.get());
        }
        PersonId by = person.get().id();
        Proposal decided = switch (command.decision()) {
            case APPROVE -> proposal.approvedBy(by);
            case DECLINE -> proposal.declinedBy(by, command.note());
            case REASSIGN -> proposal.reassignedTo(command.reassignTo().orElseThrow(), by, now.plus(approvalTimeout));
        };
        proposals.update(decided);
        if (decided.state() == ProposalState.APPROVED) {
            outbox.enqueue(decided.id(), now);
        }
        Map<String, String> details = new TreeMap<>(Map.of("decision", command.decision().name(), "state",
                decided.state().name(), "assignee", decided.assignee().toString(), "amount", decided.amount().toString()));
        person.get().intacctUser().ifPresent(user -> details.put("intacct-user", user));
        audit.append(record(command, actor, now, AuditKind.HUMAN_ACTION, details));
        return switch (decided.state()) {
            case APPROVED -> new DecisionResult.ProposalApproved(decided);
            case DECLINED -> new DecisionResult.ProposalDeclined(decided);
            default -> new DecisionResult.ProposalReassigned(decided);
        };
    }

    private Optional<String> reassignmentRefusal(Assignee to) {
        if (to.kind() == Assignee.Kind.PERSON && people.byId(PersonId.of(to.id())).isEmpty()) {
            return Optional.of("cannot reassign to " + to.id() + ": not an arbot user");
        }
        return Optional.empty();
    }

    private DecisionResult refuse(DecideCommand command, String actor, Instant now, String reason) {
        audit.append(record(command, actor, now, AuditKind.REFUSAL, Map.of("reason", reason)));
        return new DecisionRefused(command.proposalId(), reason);
    }

    private static AuditRecord record(DecideCommand command, String actor, Instant now, AuditKind kind,
            Map<String, String> details) {
        Map<String, String> all = new TreeMap<>(details);
        all.put("requested", command.decision().name());
        all.put("identity", command.actor().toString());
        all.put("turn", command.turnId());
        command.reassignTo().ifPresent(to -> all.put("reassign-to", to.toString()));
        if (!command.note().isBlank()) {
            all.put("note", command.note());
        }
        return new AuditRecord(now, kind, actor, command.channel(), Optional.of(command.proposalId()), all);
    }
}
