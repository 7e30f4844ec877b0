package org.arbot.app.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.arbot.core.conversation.ConversationId;
import org.arbot.core.conversation.ConversationState;
import org.arbot.core.conversation.Conversations;

/** Conversation state in this process only (the embedded default): lost on restart, not shared between replicas. */
final class InMemoryConversations implements Conversations {

    private final Cache<ConversationId, ConversationState> states;

    /**
     * @param expiry how long a conversation is kept after its last update
     * @param ticker the time source; tests derive it from a clock they move
     */
    InMemoryConversations(Duration expiry, Ticker ticker, long maximumConversations) {
        this.states = Caffeine.newBuilder()
                .expireAfterWrite(expiry)
                .maximumSize(maximumConversations)
                .ticker(ticker)
                .build();
    }

    @Override
    public ConversationState load(ConversationId id) {
        ConversationState stored = states.getIfPresent(id);
        return stored == null ? ConversationState.fresh(id) : stored;
    }

    @Override
    public boolean replace(ConversationState expected, ConversationState next) {
        if (!expected.id().equals(next.id())) {
            throw new IllegalArgumentException("cannot replace conversation " + expected.id() + " with " + next.id());
        }
        AtomicBoolean stored = new AtomicBoolean();
        states.asMap().compute(expected.id(), (id, current) -> {
            long currentVersion = current == null ? 0 : current.version();
            if (currentVersion != expected.version()) {
                return current;
            }
            stored.set(true);
            return next.atVersion(expected.version() + 1);
        });
        return stored.get();
    }
}
