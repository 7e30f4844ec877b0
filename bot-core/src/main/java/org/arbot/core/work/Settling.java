package org.arbot.core.work;

import java.util.List;
import java.util.Optional;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.ProposalId;

/**
 * Executes auto-approved proposals still waiting in the outbox (payments wait there to be posted in batches), so the
 * cards of a work pass can show Intacct's result instead of "being posted".
 */
@FunctionalInterface
public interface Settling {

    /** Executes what is due now and returns the proposal {@code id} as it stands afterwards. */
    List<Optional<Proposal>> settle(List<ProposalId> waiting);

    /** Leaves everything to the outbox worker. */
    static Settling none() {
        return waiting -> waiting.stream().map(id -> Optional.<Proposal>empty()).toList();
    }
}
