package org.arbot.core.conversation;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of deciding a turn before anything is stored: what to say, the state to store, and the confirmed action
 * to perform once that state is stored.
 */
record Step(ParsedIntent parsed, List<Reply> replies, ConversationState next, Optional<PendingAction> action) {

    Step {
        replies = List.copyOf(replies);
    }

    static Step say(ParsedIntent parsed, Reply reply, ConversationState next) {
        return new Step(parsed, List.of(reply), next.answered(parsed.intent(), reply.text()), Optional.empty());
    }
}
