package org.arbot.app.slack;

import org.arbot.slack.Deliveries;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.SetParams;

/** Deliveries remembered in Redis for a day with {@code SET NX}: one replica takes each delivery, however many get it. */
final class RedisDeliveries implements Deliveries {

    private static final long DAY_SECONDS = 86_400;

    private final UnifiedJedis redis;
    private final String prefix;

    RedisDeliveries(UnifiedJedis redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    @Override
    public boolean first(String key) {
        return "OK".equals(redis.set(prefix + key, "1", SetParams.setParams().nx().ex(DAY_SECONDS)));
    }
}
