package org.arbot.app.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.arbot.core.conversation.ConversationId;
import org.arbot.core.conversation.ConversationState;
import org.arbot.core.conversation.Conversations;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.UnifiedJedis;

/**
 * A Caffeine near-cache in front of {@link RedisConversations}: loads are served from memory while this replica holds
 * the latest version it heard of; every store is written through, and every replica's store is announced on a Redis
 * channel so the others drop older copies.
 *
 * <p>Correctness does not rest on the announcements: a copy that is stale because an announcement is late or lost
 * still cannot be stored over the newer state, since Redis's compare-and-set refuses its version, and a refused store
 * drops the copy so the engine's retry reads Redis. While the channel is not subscribed (at start, after a connection
 * loss) the cache is bypassed and emptied on resubscription.
 */
final class NearCachedConversations implements Conversations, AutoCloseable {

    /** A cached state, or none, and the newest version announced for its conversation. */
    private record Entry(ConversationState state, long announced) {
    }

    private final RedisConversations redis;
    private final Cache<ConversationId, Entry> near;
    private final Subscription subscription;

    NearCachedConversations(RedisConversations redis, UnifiedJedis client, String channel, Duration keep, long maximum,
            Ticker ticker) {
        this.redis = redis;
        this.near = Caffeine.newBuilder().expireAfterWrite(keep).maximumSize(maximum).ticker(ticker).build();
        this.subscription = new Subscription(client, channel);
    }

    @Override
    public ConversationState load(ConversationId id) {
        if (subscription.live.get()) {
            Entry entry = near.getIfPresent(id);
            if (entry != null && entry.state() != null) {
                return entry.state();
            }
        }
        ConversationState loaded = redis.load(id);
        keep(loaded);
        return loaded;
    }

    @Override
    public boolean replace(ConversationState expected, ConversationState next) {
        boolean stored;
        try {
            stored = redis.replace(expected, next);
        } catch (RuntimeException e) {
            near.invalidate(expected.id());
            throw e;
        }
        if (stored) {
            keep(next.atVersion(expected.version() + 1));
        } else {
            near.asMap().computeIfPresent(expected.id(), (id, e) -> new Entry(null, e.announced()));
        }
        return stored;
    }

    /** Caches a state unless a newer version was announced meanwhile; only while subscribed. */
    private void keep(ConversationState state) {
        if (subscription.live.get()) {
            near.asMap().compute(state.id(), (id, e) -> e != null && e.announced() > state.version()
                    ? e : new Entry(state, state.version()));
        }
    }

    private void announced(ConversationId id, long version) {
        near.asMap().compute(id, (key, e) -> e == null ? new Entry(null, version)
                : e.state() != null && e.state().version() >= version ? e
                : new Entry(null, Math.max(version, e.announced())));
    }

    /** Whether announcements are heard, and so the cache is used. */
    boolean listening() {
        return subscription.live.get();
    }

    @Override
    public void close() {
        subscription.close();
        redis.close();
    }

    /** Listens to the announcements on a thread of its own, subscribing again a second after a connection loss. */
    private final class Subscription extends JedisPubSub {

        final AtomicBoolean live = new AtomicBoolean();
        private final UnifiedJedis client;
        private final String channel;
        private final ScheduledExecutorService listener = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "conversation-announcements");
            thread.setDaemon(true);
            return thread;
        });
        private volatile boolean closed;

        Subscription(UnifiedJedis client, String channel) {
            this.client = client;
            this.channel = channel;
            listener.execute(this::listen);
        }

        private void listen() {
            try {
                client.subscribe(this, channel);
            } catch (RuntimeException lost) {
                live.set(false);
            }
            if (!closed) {
                live.set(false);
                listener.schedule(this::listen, 1, TimeUnit.SECONDS);
            }
        }

        @Override
        public void onSubscribe(String subscribed, int count) {
            near.invalidateAll();
            live.set(true);
        }

        @Override
        public void onMessage(String from, String message) {
            int space = message.indexOf(' ');
            announced(ConversationId.of(message.substring(space + 1)), Long.parseLong(message.substring(0, space)));
        }

        void close() {
            closed = true;
            live.set(false);
            if (isSubscribed()) {
                unsubscribe();
            }
            listener.shutdownNow();
        }
    }
}
