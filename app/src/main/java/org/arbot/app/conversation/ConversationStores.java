package org.arbot.app.conversation;

import com.github.benmanes.caffeine.cache.Ticker;
import java.net.URI;
import org.arbot.core.conversation.Conversations;
import redis.clients.jedis.RedisClient;

/** Chooses the conversation store: Redis at {@code redisUrl} when one is given (near-cached if asked), else memory. */
final class ConversationStores {

    private ConversationStores() {
    }

    static Conversations open(String redisUrl, ConversationProperties settings) {
        if (redisUrl == null || redisUrl.isBlank()) {
            return new InMemoryConversations(settings.expiry(), Ticker.systemTicker(), settings.maximumInMemory());
        }
        RedisClient client = RedisClient.create(URI.create(redisUrl));
        if (settings.nearCache()) {
            String channel = settings.keyPrefix() + "stored";
            return new NearCachedConversations(new RedisConversations(client, settings.keyPrefix(), settings.expiry(), channel),
                    client, channel, settings.expiry(), settings.maximumInMemory(), Ticker.systemTicker());
        }
        return new RedisConversations(client, settings.keyPrefix(), settings.expiry());
    }
}
