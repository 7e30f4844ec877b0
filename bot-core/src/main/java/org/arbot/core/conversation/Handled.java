package org.arbot.core.conversation;

import java.util.List;

/** A turn's outcome: what the bot understood and what it answered; no replies when the turn was a redelivery. */
public record Handled(ParsedIntent parsed, List<Reply> replies) {

    public Handled {
        replies = List.copyOf(replies);
    }
}
