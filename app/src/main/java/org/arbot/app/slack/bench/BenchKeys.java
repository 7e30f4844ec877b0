package org.arbot.app.slack.bench;

import java.net.URI;
import java.util.List;
import redis.clients.jedis.RedisClient;
import redis.clients.jedis.UnifiedJedis;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

/** The Redis keys one benchmark run writes (its own prefix), deleted when the run ends rather than left for a day. */
final class BenchKeys implements AutoCloseable {

    private final UnifiedJedis redis;
    private final String prefix;

    BenchKeys(String redisUrl, String prefix) {
        this.redis = RedisClient.create(URI.create(redisUrl));
        this.prefix = prefix;
        redis.ping();
    }

    @Override
    public void close() {
        ScanParams match = new ScanParams().match(prefix + "*").count(1000);
        String cursor = ScanParams.SCAN_POINTER_START;
        do {
            ScanResult<String> page = redis.scan(cursor, match);
            List<String> keys = page.getResult();
            if (!keys.isEmpty()) {
                redis.del(keys.toArray(String[]::new));
            }
            cursor = page.getCursor();
        } while (!cursor.equals(ScanParams.SCAN_POINTER_START));
        redis.close();
    }
}
