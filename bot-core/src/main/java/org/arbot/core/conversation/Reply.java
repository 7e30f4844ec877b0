package org.arbot.core.conversation;

import java.util.Objects;
import java.util.Optional;
import org.arbot.cards.Card;

/** What the bot says back: always a text (the fallback every channel can show), and a card when there is one. */
public record Reply(String text, Optional<Card> card) {

    public Reply {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(card, "card");
    }

    public static Reply text(String text) {
        return new Reply(text, Optional.empty());
    }

    public static Reply card(String text, Card card) {
        return new Reply(text, Optional.of(card));
    }

    /** The answer when conversation state cannot be read or written: nothing was done. */
    public static Reply stateUnavailable() {
        return text("Conversation state is unavailable right now, so I did nothing. Please try again in a moment.");
    }
}
