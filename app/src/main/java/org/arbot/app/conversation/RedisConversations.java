package org.arbot.app.conversation;

import java.time.Duration;
import java.util.List;
import org.arbot.core.conversation.ConversationId;
import org.arbot.core.conversation.ConversationState;
import org.arbot.core.conversation.Conversations;
import org.arbot.core.conversation.StateUnavailableException;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.exceptions.JedisConnectionException;
import redis.clients.jedis.exceptions.JedisException;

/**
 * Conversation state in Redis, shared by every replica: one hash per conversation ({@code v} the version,
 * {@code s} the state as JSON) that expires after the last update.
 *
 * <p>The compare-and-set runs as one Lua script, so the version check and the write cannot interleave with another
 * replica's. A connection failure becomes {@link StateUnavailableException}; the client reconnects on the next call.
 */
final class RedisConversations implements Conversations, AutoCloseable {

    static final String COMPARE_AND_SET = """
            local stored = redis.call('HGET', KEYS[1], 'v')
            if (stored or '0') ~= ARGV[1] then
              return 0
            end
            redis.call('HSET', KEYS[1], 'v', ARGV[2], 's', ARGV[3])
            redis.call('PEXPIRE', KEYS[1], ARGV[4])
            return 1
            """;

    private final UnifiedJedis redis;
    private final String prefix;
    private final Duration expiry;

    /** @param prefix put before every key, e.g. {@code arbot:conversation:} */
    RedisConversations(UnifiedJedis redis, String prefix, Duration expiry) {
        this.redis = redis;
        this.prefix = prefix;
        this.expiry = expiry;
        if (expiry.toMillis() < 1) {
            throw new IllegalArgumentException("conversation expiry must be at least 1 ms, got " + expiry);
        }
    }

    @Override
    public ConversationState load(ConversationId id) {
        List<String> fields = call(() -> redis.hmget(key(id), "v", "s"));
        if (fields.get(0) == null || fields.get(1) == null) {
            return ConversationState.fresh(id);
        }
        return StateJson.read(id, Long.parseLong(fields.get(0)), fields.get(1));
    }

    @Override
    public boolean replace(ConversationState expected, ConversationState next) {
        if (!expected.id().equals(next.id())) {
            throw new IllegalArgumentException("cannot replace conversation " + expected.id() + " with " + next.id());
        }
        Object stored = call(() -> redis.eval(COMPARE_AND_SET, List.of(key(expected.id())), List.of(
                Long.toString(expected.version()), Long.toString(expected.version() + 1), StateJson.write(next),
                Long.toString(expiry.toMillis()))));
        return Long.valueOf(1).equals(stored);
    }

    @Override
    public void close() {
        redis.close();
    }

    String key(ConversationId id) {
        return prefix + id.value();
    }

    /**
     * Runs a command, once more on a fresh connection if the pooled one broke (Redis restarted since it was opened).
     * Repeating is safe: loads are reads, and a repeated compare-and-set fails on the version it already advanced.
     */
    private static <T> T call(java.util.function.Supplier<T> command) {
        try {
            try {
                return command.get();
            } catch (JedisConnectionException broken) {
                return command.get();
            }
        } catch (JedisException e) {
            throw new StateUnavailableException("conversation state store unreachable: " + e.getMessage(), e);
        }
    }
}
