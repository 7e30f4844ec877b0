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

    /** A card that informs and asks no decision (e.g. a payment in suspense), for one source document. */
    record Notice(String source, Assignee audience, org.arbot.cards.Card card) {
        public Notice {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(audience, "audience");
            Objects.requireNonNull(card, "card");
        }
    }

    /** One pass's proposals and notices. */
    record Found(List<Candidate> candidates, List<Notice> notices) {
        public Found {
            candidates = List.copyOf(candidates);
            notices = List.copyOf(notices);
        }
    }

    List<Candidate> candidates();

    /** The pass {@link FindingWork} makes: the candidates, and any notices found on the way. */
    default Found find() {
        return new Found(candidates(), List.of());
    }
}
