package org.arbot.core.governance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The durable proposals. Writes join the caller's {@link Transactions#inTransaction transaction}. */
public interface Proposals {

    void add(Proposal proposal);

    Optional<Proposal> byId(ProposalId id);

    /** The proposal, locked against other deciders and executors until the transaction ends. */
    Optional<Proposal> lock(ProposalId id);

    /** Stores the proposal's new state; it must exist. */
    void update(Proposal proposal);

    /**
     * Up to {@code limit} proposals awaiting approval (first asked or reassigned) whose expiry is at or before
     * {@code now}, locked; those another transaction holds are skipped.
     */
    List<Proposal> lockExpiring(Instant now, int limit);

    /** Proposals a person or queue still has to decide, oldest first. */
    List<Proposal> pendingFor(Assignee assignee);
}
