package org.arbot.core.governance;

/** What one execution attempt of an approved proposal came to. */
public sealed interface ExecutionResult {

    Proposal proposal();

    /** The ledger holds the record: written by this attempt ({@code wrote}) or found from an earlier one. */
    record ProposalExecuted(Proposal proposal, String reference, boolean wrote) implements ExecutionResult {
    }

    /** The ledger refused or could not be reached; a retryable failure stays in the outbox for a later attempt. */
    record ExecutionFailed(Proposal proposal, String error, boolean willRetry) implements ExecutionResult {
    }
}
