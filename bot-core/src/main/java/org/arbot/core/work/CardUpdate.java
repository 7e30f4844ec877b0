package org.arbot.core.work;

import java.util.Objects;
import org.arbot.cards.Card;

/** What a channel does with a card after a person acted on it: replace it in place, or tell that person why not. */
public sealed interface CardUpdate {

    /** The card becomes {@code card} (an outcome card: who, when, Intacct's result), for everyone who sees it. */
    record Replaced(Card card) implements CardUpdate {
        public Replaced {
            Objects.requireNonNull(card, "card");
        }
    }

    /** Nothing changed; only the person who acted is told {@code reason} and what to do, and the card stays. */
    record Refused(String reason) implements CardUpdate {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
