package org.arbot.core.conversation;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicBoolean;

/** Conversation state in a map, with a switch that makes the store unreachable, for tests of the engine. */
final class MapConversations implements Conversations {

    private final ConcurrentMap<ConversationId, ConversationState> states = new ConcurrentHashMap<>();
    final AtomicBoolean down = new AtomicBoolean();

    @Override
    public ConversationState load(ConversationId id) {
        requireUp();
        return states.getOrDefault(id, ConversationState.fresh(id));
    }

    @Override
    public boolean replace(ConversationState expected, ConversationState next) {
        requireUp();
        boolean[] stored = new boolean[1];
        states.compute(expected.id(), (id, current) -> {
            long version = current == null ? 0 : current.version();
            if (version != expected.version()) {
                return current;
            }
            stored[0] = true;
            return next.atVersion(version + 1);
        });
        return stored[0];
    }

    private void requireUp() {
        if (down.get()) {
            throw new StateUnavailableException("store down for the test", null);
        }
    }
}
