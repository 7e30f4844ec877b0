package org.arbot.core.governance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Proposals decided for execution and not yet executed. A row is written in the same transaction as the decision, so
 * no approved proposal is lost; a claim locks the row until the transaction ends and other claimers skip it.
 */
public interface Outbox {

    void enqueue(ProposalId id, Instant notBefore);

    /** The oldest row due at {@code now} that no other transaction holds, locked. */
    Optional<ProposalId> claimNext(Instant now);

    /** This proposal's row, if it is due and no other transaction holds it, locked. */
    Optional<ProposalId> claim(ProposalId id, Instant now);

    /**
     * Up to {@code limit} due rows of proposals whose action is {@code operation} (see {@link ProposalAction#operation()}),
     * oldest first, that no other transaction holds, locked.
     */
    List<ProposalId> claimDue(String operation, Instant now, int limit);

    void retryAt(ProposalId id, Instant notBefore);

    void remove(ProposalId id);
}
