package org.arbot.core.work;

import java.util.Optional;
import org.arbot.core.governance.ProposalId;

/**
 * The source documents (an order, a bank line) that already led to a proposal or a notice, so finding work twice
 * never proposes twice. A source is claimed before anything is proposed for it; of concurrent claims one wins.
 */
public interface WorkSources {

    /** True when this call claimed the source; false when it was claimed before. */
    boolean claim(String source);

    /** Gives a claimed source back, when proposing for it failed and it should be tried again. */
    void release(String source);

    /** Records the proposal made for a claimed source. */
    void record(String source, ProposalId proposal);

    /** The proposal made for the source, if one was. */
    Optional<ProposalId> proposalFor(String source);
}
