package org.arbot.core.governance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.arbot.core.money.Money;

/**
 * A proposed action with its reasons and where it stands in its lifecycle. Every change returns a new proposal and is
 * checked against {@link ProposalState#next()}: an illegal move throws {@link IllegalTransitionException}.
 *
 * @param action carries {@link ProposalId#idempotencyKey()} wherever the ledger stores one
 * @param proposedBy the agent (or person) that proposed it, e.g. {@code deductions-agent}
 * @param decidedBy the person who approved, declined or last reassigned it
 * @param outcome the ledger's answer once executed or failed: a record id or an error
 */
public record Proposal(
        ProposalId id,
        Workflow workflow,
        ProposalAction action,
        Money amount,
        BigDecimal confidence,
        BigDecimal risk,
        List<String> reasons,
        String proposedBy,
        ProposalState state,
        Assignee assignee,
        Instant createdAt,
        Instant expiresAt,
        Optional<PersonId> decidedBy,
        int attempts,
        String outcome) {

    public Proposal {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(amount, "amount");
        confidence = Scores.requireScore(confidence, "confidence");
        risk = Scores.requireScore(risk, "risk");
        reasons = List.copyOf(reasons);
        proposedBy = proposedBy == null ? "" : proposedBy;
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(decidedBy, "decidedBy");
        outcome = outcome == null ? "" : outcome;
    }

    /** A new proposal in {@link ProposalState#PROPOSED}, its action keyed with the proposal's idempotency key. */
    public static Proposal propose(ProposalId id, Workflow workflow, ProposalAction action, Money amount,
            BigDecimal confidence, BigDecimal risk, List<String> reasons, String proposedBy, Assignee assignee,
            Instant now, Instant expiresAt) {
        return new Proposal(id, workflow, action.withIdempotencyKey(id.idempotencyKey()), amount, confidence, risk,
                reasons, proposedBy, ProposalState.PROPOSED, assignee, now, expiresAt, Optional.empty(), 0, "");
    }

    public String idempotencyKey() {
        return id.idempotencyKey();
    }

    public Proposal autoApproved() {
        return moveTo(ProposalState.AUTO_APPROVED, assignee, expiresAt, decidedBy, outcome);
    }

    public Proposal awaitingApproval() {
        return moveTo(ProposalState.AWAITING_APPROVAL, assignee, expiresAt, decidedBy, outcome);
    }

    public Proposal approvedBy(PersonId person) {
        return moveTo(ProposalState.APPROVED, assignee, expiresAt, Optional.of(person), outcome);
    }

    public Proposal declinedBy(PersonId person, String reason) {
        return moveTo(ProposalState.DECLINED, assignee, expiresAt, Optional.of(person), reason);
    }

    public Proposal reassignedTo(Assignee to, PersonId by, Instant newExpiry) {
        return moveTo(ProposalState.REASSIGNED, to, newExpiry, Optional.of(by), outcome);
    }

    /** Expired and escalated: it now waits on {@code escalatedTo}. */
    public Proposal expiredTo(Assignee escalatedTo) {
        return moveTo(ProposalState.EXPIRED, escalatedTo, expiresAt, decidedBy, outcome);
    }

    /** Starts an execution attempt, counting it. */
    public Proposal executing() {
        Proposal moved = moveTo(ProposalState.EXECUTING, assignee, expiresAt, decidedBy, outcome);
        return new Proposal(id, workflow, action, amount, confidence, risk, reasons, proposedBy, moved.state, assignee,
                createdAt, expiresAt, decidedBy, attempts + 1, outcome);
    }

    public Proposal executed(String ledgerResult) {
        return moveTo(ProposalState.EXECUTED, assignee, expiresAt, decidedBy, ledgerResult);
    }

    public Proposal failed(String error, boolean retryable) {
        return moveTo(retryable ? ProposalState.FAILED_RETRYABLE : ProposalState.FAILED, assignee, expiresAt, decidedBy, error);
    }

    private Proposal moveTo(ProposalState target, Assignee newAssignee, Instant newExpiry, Optional<PersonId> by,
            String newOutcome) {
        if (!state.canMoveTo(target)) {
            throw new IllegalTransitionException(id, state, target);
        }
        return new Proposal(id, workflow, action, amount, confidence, risk, reasons, proposedBy, target, newAssignee,
                createdAt, newExpiry, by, attempts, newOutcome);
    }
}
