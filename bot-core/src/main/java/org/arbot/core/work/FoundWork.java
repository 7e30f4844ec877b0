package org.arbot.core.work;

import java.util.Objects;
import java.util.Optional;
import org.arbot.cards.Card;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.ProposalId;

/**
 * A card to post because of one source document, and who it is for: a queue (a channel) or a person (a direct message).
 *
 * @param source the document it came from, e.g. {@code credit:SO-0042}
 * @param proposal the proposal the card's buttons decide; empty for a notice with no decision to take
 */
public record FoundWork(String source, Assignee audience, Card card, Optional<ProposalId> proposal) {

    public FoundWork {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(proposal, "proposal");
    }
}
