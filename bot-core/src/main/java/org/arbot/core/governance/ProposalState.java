package org.arbot.core.governance;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a proposal stands. The allowed moves form the lifecycle: proposed, then auto-approved or awaiting approval;
 * a pending proposal is approved, declined, reassigned or expires (and is escalated, still decidable); an approved one
 * is executed, ending executed or failed; a retryable failure is executed again.
 */
public enum ProposalState {
    PROPOSED,
    AUTO_APPROVED,
    AWAITING_APPROVAL,
    APPROVED,
    DECLINED,
    REASSIGNED,
    EXPIRED,
    EXECUTING,
    EXECUTED,
    FAILED_RETRYABLE,
    FAILED;

    /** The states this one may move to; every other move is refused. */
    public Set<ProposalState> next() {
        return switch (this) {
            case PROPOSED -> EnumSet.of(AUTO_APPROVED, AWAITING_APPROVAL);
            case AWAITING_APPROVAL, REASSIGNED -> EnumSet.of(APPROVED, DECLINED, REASSIGNED, EXPIRED);
            case EXPIRED -> EnumSet.of(APPROVED, DECLINED, REASSIGNED);
            case AUTO_APPROVED, APPROVED -> EnumSet.of(EXECUTING);
            case EXECUTING -> EnumSet.of(EXECUTED, FAILED_RETRYABLE, FAILED);
            case FAILED_RETRYABLE -> EnumSet.of(EXECUTING, FAILED);
            case DECLINED, EXECUTED, FAILED -> EnumSet.noneOf(ProposalState.class);
        };
    }

    public boolean canMoveTo(ProposalState target) {
        return next().contains(target);
    }

    /** Whether a person can still approve, decline or reassign it. */
    public boolean pending() {
        return this == AWAITING_APPROVAL || this == REASSIGNED || this == EXPIRED;
    }
}
