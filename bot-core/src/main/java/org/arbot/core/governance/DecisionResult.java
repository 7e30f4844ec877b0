package org.arbot.core.governance;

import java.util.Optional;

/** What became of a person's decision; the adapter updates the card from it. */
public sealed interface DecisionResult {

    /** What an execution attempt of an approved proposal means for the person who approved it. */
    static DecisionResult of(ExecutionResult execution) {
        if (execution instanceof ExecutionResult.ProposalExecuted done) {
            return new ProposalExecuted(done.proposal(), done.reference());
        }
        ExecutionResult.ExecutionFailed failed = (ExecutionResult.ExecutionFailed) execution;
        return failed.willRetry() ? new ProposalApproved(failed.proposal())
                : new ExecutionFailed(failed.proposal(), failed.error());
    }

    /** Approved and executed against the ledger. */
    record ProposalExecuted(Proposal proposal, String reference) implements DecisionResult {
    }

    /** Approved and in the outbox: another worker is executing it, or a retryable failure will be retried. */
    record ProposalApproved(Proposal proposal) implements DecisionResult {
    }

    /** Approved, but the ledger refused it for good. */
    record ExecutionFailed(Proposal proposal, String error) implements DecisionResult {
    }

    record ProposalDeclined(Proposal proposal) implements DecisionResult {
    }

    /** Moved to another person or queue, who has been notified. */
    record ProposalReassigned(Proposal proposal) implements DecisionResult {
    }

    /** Someone (maybe the same person, on a redelivery) decided it first; nothing was done. */
    record ProposalAlreadyDecided(Proposal proposal, Optional<PersonId> decidedBy) implements DecisionResult {
    }

    /** Not allowed, or not possible; nothing was written but the audit entry. */
    record DecisionRefused(ProposalId proposalId, String reason) implements DecisionResult {
    }
}
