package org.arbot.app.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.arbot.core.conversation.Clarification;
import org.arbot.core.conversation.ConversationId;
import org.arbot.core.conversation.ConversationState;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.Intent;
import org.arbot.core.conversation.PendingAction;
import org.arbot.core.conversation.TurnId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** Against the Redis on 127.0.0.1:6379; every run writes under its own key prefix. */
class RedisConversationsIT {

    static final String PREFIX = "arbot-it:" + UUID.randomUUID() + ":";
    static final RedisClient REDIS = RedisClient.create("127.0.0.1", 6379);

    final RedisConversations conversations = new RedisConversations(REDIS, PREFIX, Duration.ofHours(24));
    final ConversationId id = ConversationId.of("slack:C1:" + UUID.randomUUID());

    @AfterAll
    static void close() {
        REDIS.keys(PREFIX + "*").forEach(REDIS::del);
        REDIS.close();
    }

    @Test
    void a_stored_state_reads_back_whole_at_the_next_version() {
        ConversationState next = ConversationState.fresh(id)
                .withCustomer(Optional.of("CUST-1001")).withDocument(Optional.of("SO-2001"))
                .withPending(Optional.of(new PendingAction(Intent.APPROVE, java.util.Map.of(Entity.DOCUMENT, "SO-2001"),
                        "Release SO-2001?")))
                .withClarification(Optional.of(new Clarification(Intent.AGING, java.util.Map.of(),
                        List.of(new Clarification.Choice("CUST-1", "Acme Corp")))))
                .answered(Intent.CUSTOMER_SUMMARY, "Acme owes USD 10.00").seen(TurnId.of("Ev1"));

        assertThat(conversations.replace(ConversationState.fresh(id), next)).isTrue();

        assertThat(conversations.load(id)).isEqualTo(next.atVersion(1));
    }

    @Test
    void a_replace_from_a_version_someone_else_already_replaced_is_refused() {
        ConversationState loaded = conversations.load(id);
        assertThat(conversations.replace(loaded, loaded.seen(TurnId.of("first")))).isTrue();

        assertThat(conversations.replace(loaded, loaded.seen(TurnId.of("second")))).isFalse();
        assertThat(conversations.load(id).seenTurns()).containsExactly("first");
    }

    @Test
    void concurrent_turns_in_one_conversation_never_lose_an_update() throws Exception {
        int conflicts = ConcurrentTurns.record(conversations, id, 6, 15);

        ConversationState state = conversations.load(id);
        assertThat(state.seenTurns()).hasSize(90);
        assertThat(state.version()).isEqualTo(90);
        assertThat(conflicts).as("the writers did race").isPositive();
    }

    @Test
    void every_update_sets_the_expiry_to_a_day_by_default() {
        conversations.replace(ConversationState.fresh(id), ConversationState.fresh(id).seen(TurnId.of("t")));

        assertThat(REDIS.pttl(conversations.key(id)))
                .isBetween(Duration.ofHours(24).minusMinutes(1).toMillis(), Duration.ofHours(24).toMillis());
    }

    @Test
    void an_expired_conversation_starts_fresh() {
        RedisConversations shortLived = new RedisConversations(REDIS, PREFIX, Duration.ofMillis(300));
        shortLived.replace(ConversationState.fresh(id), ConversationState.fresh(id).withCustomer(Optional.of("CUST-1")));
        assertThat(shortLived.load(id).customer()).contains("CUST-1");

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50))
                .until(() -> shortLived.load(id).version() == 0);
        assertThat(shortLived.load(id)).isEqualTo(ConversationState.fresh(id));
    }
}
