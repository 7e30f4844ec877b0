package org.arbot.app.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.arbot.core.conversation.ConversationId;
import org.arbot.core.conversation.ConversationState;
import org.arbot.core.conversation.Conversations;
import org.arbot.core.conversation.TurnId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.RedisClient;

/** Two replicas, each with its own near-cache and Redis connections, against the Redis on 127.0.0.1:6379. */
class NearCachedConversationsIT {

    final String prefix = "arbot-it:" + UUID.randomUUID() + ":";
    final ConversationId id = ConversationId.of("slack:C1:" + UUID.randomUUID());
    final RedisClient admin = RedisClient.create("127.0.0.1", 6379);
    final NearCachedConversations a = replica();
    final NearCachedConversations b = replica();

    NearCachedConversations replica() {
        RedisClient client = RedisClient.create("127.0.0.1", 6379);
        NearCachedConversations replica = new NearCachedConversations(
                new RedisConversations(client, prefix, Duration.ofHours(1), prefix + "stored"), client, prefix + "stored",
                Duration.ofMinutes(5), 1000, Ticker.systemTicker());
        await().atMost(Duration.ofSeconds(5)).until(replica::listening);
        return replica;
    }

    @AfterEach
    void close() {
        a.close();
        b.close();
        admin.keys(prefix + "*").forEach(admin::del);
        admin.close();
    }

    @Test
    void a_load_after_a_store_is_served_from_memory() {
        ConversationState fresh = a.load(id);
        assertThat(a.replace(fresh, fresh.seen(TurnId.of("t1")))).isTrue();
        admin.del(prefix + id.value());

        assertThat(a.load(id).hasSeen(TurnId.of("t1"))).isTrue();
        assertThat(a.load(id).version()).isEqualTo(1);
    }

    @Test
    void a_store_on_one_replica_drops_the_copy_another_replica_holds() {
        ConversationState seenByB = b.load(id);
        assertThat(seenByB.version()).isZero();

        ConversationState fresh = a.load(id);
        a.replace(fresh, fresh.seen(TurnId.of("t1")));

        await().atMost(Duration.ofSeconds(5)).until(() -> b.load(id).hasSeen(TurnId.of("t1")));
        assertThat(b.load(id).version()).isEqualTo(1);
    }

    @Test
    void a_stale_copy_cannot_be_stored_over_the_newer_state_and_the_retry_reads_it() {
        ConversationState stale = b.load(id);
        ConversationState fresh = a.load(id);
        a.replace(fresh, fresh.seen(TurnId.of("from-a")));

        assertThat(b.replace(stale, stale.seen(TurnId.of("from-b")))).isFalse();
        ConversationState reloaded = b.load(id);
        assertThat(reloaded.hasSeen(TurnId.of("from-a"))).isTrue();
        assertThat(b.replace(reloaded, reloaded.seen(TurnId.of("from-b")))).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> a.load(id).hasSeen(TurnId.of("from-b")));
    }

    @Test
    void concurrent_turns_on_two_replicas_lose_no_update() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                Conversations replica = w % 2 == 0 ? a : b;
                String writer = "w" + w;
                writers.add(() -> {
                    for (int t = 0; t < 25; t++) {
                        TurnId turn = TurnId.of(writer + "-t" + t);
                        ConversationState state = replica.load(id);
                        while (!replica.replace(state, state.seen(turn))) {
                            state = replica.load(id);
                        }
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdownNow();
        }

        ConversationState last = new RedisConversations(admin, prefix, Duration.ofHours(1)).load(id);
        assertThat(last.version()).isEqualTo(100);
        assertThat(last.seenTurns()).hasSize(100);
    }
}
