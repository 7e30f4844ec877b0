package org.arbot.app.conversation;

import com.github.benmanes.caffeine.cache.Ticker;
import java.net.URI;
import org.arbot.core.conversation.Conversations;
import redis.clients.jedis.RedisClient;

/** Chooses the conversation store: Redis at {@code redisUrl} when one is given, else memory. */
final class ConversationStores {

    private ConversationStores() {
    }

    static Conversations open(String redisUrl, ConversationProperties settings) {
        if (redisUrl == null || redisUrl.isBlank()) {
            return new InMemoryConversations(settings.expiry(), Ticker.systemTicker(), settings.maximumInMemory());
        }
        return new RedisConversations(RedisClient.create(URI.create(redisUrl)), settings.keyPrefix(), settings.expiry());
    }
}
