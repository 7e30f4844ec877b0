package org.arbot.core.work;

import java.util.List;
import java.util.Objects;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.ProposeCommand;

/**
 * An agent's pass over its source documents (bank lines, short payments): what it would propose for each, keyed by
 * the document, so {@link FindingWork} proposes each one once.
 */
public interface WorkFinder {

    /** A proposal to submit for one source document, and who owns the document when governance only informs. */
    record Candidate(String source, ProposeCommand command, Assignee owner) {
        public Candidate {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(owner, "owner");
        }
    }

    List<Candidate> candidates();
}
