package org.arbot.app.console;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.arbot.cards.Card;

/**
 * One message on the console's page: said by a person or posted by the bot, with a card when there is one. A post
 * keeps its id when its card is updated in place.
 *
 * @param author the person's id, or {@code arbot}
 */
record ConsolePost(String id, String author, Instant at, String text, Optional<Card> card, Optional<String> replyTo) {

    static final String BOT = "arbot";

    ConsolePost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(replyTo, "replyTo");
    }

    ConsolePost withCard(Card updated, String fallback) {
        return new ConsolePost(id, author, at, fallback, Optional.of(updated), replyTo);
    }
}
