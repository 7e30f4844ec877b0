package org.arbot.core.governance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Takes an agent's decision through its workflow's policy: informs (monitor), proposes for approval, or approves and
 * executes it (auto, within thresholds). The decision, its inputs, rule hits, confidence and reasons are audited.
 */
public final class Proposing {

    private final Transactions transactions;
    private final Proposals proposals;
    private final Outbox outbox;
    private final AuditTrail audit;
    private final Policies policies;
    private final Notifications notifications;
    private final ExecutingProposals executing;
    private final Clock clock;
    private final Duration approvalTimeout;

    public Proposing(Transactions transactions, Proposals proposals, Outbox outbox, AuditTrail audit, Policies policies,
            Notifications notifications, ExecutingProposals executing, Clock clock, Duration approvalTimeout) {
        this.transactions = transactions;
        this.proposals = proposals;
        this.outbox = outbox;
        this.audit = audit;
        this.policies = policies;
        this.notifications = notifications;
        this.executing = executing;
        this.clock = clock;
        this.approvalTimeout = approvalTimeout;
    }

    public ProposalOutcome propose(ProposeCommand command) {
        WorkflowPolicy policy = policies.policy(command.workflow());
        AutomationVerdict verdict = AutomationPolicy.verdict(policy, command.amount(), command.confidence(), command.risk());
        Instant now = clock.instant();
        if (verdict.outcome() == AutomationVerdict.Outcome.INFORM) {
            transactions.inTransaction(() -> audit.append(decision(command, policy, verdict, Optional.empty(), now)));
            return new ProposalOutcome.Informed(command.workflow(), command.reasons(), verdict.ruleHits());
        }
        Proposal proposed = Proposal.propose(ProposalId.random(), command.workflow(), command.action(), command.amount(),
                command.confidence(), command.risk(), command.reasons(), command.proposedBy(),
                command.assignee().orElse(Assignee.queueOf(command.workflow())), now, now.plus(approvalTimeout));
        boolean auto = verdict.outcome() == AutomationVerdict.Outcome.EXECUTE;
        Proposal stored = auto ? proposed.autoApproved() : proposed.awaitingApproval();
        transactions.inTransaction(() -> {
            proposals.add(stored);
            if (auto) {
                outbox.enqueue(stored.id(), now);
            }
            return audit.append(decision(command, policy, verdict, Optional.of(stored), now));
        });
        if (auto) {
            // Payments wait for the outbox's next batch, so a run that approves many posts them in few ledger calls.
            return new ProposalOutcome.AutoApproved(stored, verdict.ruleHits(),
                    ExecutingProposals.postsInBatches(stored.action()) ? Optional.empty() : executing.execute(stored.id()));
        }
        notifications.assigned(stored);
        return new ProposalOutcome.AwaitingApproval(stored, verdict.ruleHits());
    }

    private static AuditRecord decision(ProposeCommand command, WorkflowPolicy policy, AutomationVerdict verdict,
            Optional<Proposal> proposal, Instant now) {
        Map<String, String> details = new TreeMap<>();
        command.inputs().forEach((key, value) -> details.put("input." + key, value));
        details.put("workflow", command.workflow().label());
        details.put("mode", policy.mode().name());
        details.put("action", command.action().operation());
        details.put("amount", command.amount().toString());
        details.put("confidence", command.confidence().toPlainString());
        details.put("risk", command.risk().toPlainString());
        details.put("reasons", String.join("\n", command.reasons()));
        details.put("rule-hits", String.join("\n", verdict.ruleHits()));
        details.put("verdict", verdict.outcome().name());
        proposal.ifPresent(p -> {
            details.put("state", p.state().name());
            details.put("assignee", p.assignee().toString());
            details.put("idempotency-key", p.idempotencyKey());
        });
        return new AuditRecord(now, AuditKind.DECISION, command.proposedBy(), Channel.SYSTEM,
                proposal.map(Proposal::id), details);
    }
}
