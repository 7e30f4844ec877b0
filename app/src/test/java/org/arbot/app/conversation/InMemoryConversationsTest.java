package org.arbot.app.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.arbot.core.conversation.ConversationId;
import org.arbot.core.conversation.ConversationState;
import org.arbot.core.conversation.TurnId;
import org.junit.jupiter.api.Test;

class InMemoryConversationsTest {

    final AtomicLong nanos = new AtomicLong();
    final InMemoryConversations conversations = new InMemoryConversations(Duration.ofHours(24), nanos::get, 1000);
    final ConversationId id = ConversationId.of("teams:19:abc");

    @Test
    void an_unknown_conversation_loads_fresh_at_version_zero() {
        assertThat(conversations.load(id)).isEqualTo(ConversationState.fresh(id));
    }

    @Test
    void a_replace_from_a_stale_version_is_refused() {
        ConversationState loaded = conversations.load(id);
        assertThat(conversations.replace(loaded, loaded.withCustomer(Optional.of("C1")))).isTrue();

        assertThat(conversations.replace(loaded, loaded.withCustomer(Optional.of("C2")))).isFalse();
        assertThat(conversations.load(id).customer()).contains("C1");
        assertThat(conversations.load(id).version()).isEqualTo(1);
    }

    @Test
    void a_conversation_expires_a_day_after_its_last_update() {
        conversations.replace(conversations.load(id), conversations.load(id).seen(TurnId.of("t1")));
        nanos.addAndGet(Duration.ofHours(23).toNanos());
        conversations.replace(conversations.load(id), conversations.load(id).seen(TurnId.of("t2")));
        nanos.addAndGet(Duration.ofHours(23).toNanos());
        assertThat(conversations.load(id).seenTurns()).containsExactly("t1", "t2");

        nanos.addAndGet(Duration.ofHours(1).plusSeconds(1).toNanos());

        assertThat(conversations.load(id)).isEqualTo(ConversationState.fresh(id));
    }

    @Test
    void concurrent_turns_in_one_conversation_never_lose_an_update() throws Exception {
        ConcurrentTurns.record(conversations, id, 6, 15);

        assertThat(conversations.load(id).seenTurns()).hasSize(90);
        assertThat(conversations.load(id).version()).isEqualTo(90);
    }
}
