package org.arbot.core.governance;

import java.util.List;

/** What governance made of an agent's decision. */
public sealed interface ProposalOutcome {

    /** Monitor mode: people are told, nothing is proposed or written. */
    record Informed(Workflow workflow, List<String> reasons, List<String> ruleHits) implements ProposalOutcome {
    }

    /** A person has to approve it; the assignee has been notified. */
    record AwaitingApproval(Proposal proposal, List<String> ruleHits) implements ProposalOutcome {
    }

    /**
     * Within the automatic thresholds: approved without a person and handed to the outbox. {@code execution} is the
     * attempt made at once; empty for a payment, which the outbox posts with the next batch, and when another
     * process held the row.
     */
    record AutoApproved(Proposal proposal, List<String> ruleHits, java.util.Optional<ExecutionResult> execution)
            implements ProposalOutcome {
    }
}
