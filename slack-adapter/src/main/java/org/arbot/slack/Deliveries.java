package org.arbot.slack;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Slack deliveries already taken in (an event id, a click's action ts): Slack redelivers when our ack is late,
 * and a redelivery must be handled once. Shared across replicas in production (Redis).
 */
public interface Deliveries {

    /** True the first time {@code key} is seen, false for every redelivery. */
    boolean first(String key);

    /** Remembers deliveries in this process only: for one replica and tests. */
    static Deliveries inMemory() {
        Map<String, Boolean> seen = new ConcurrentHashMap<>();
        return key -> seen.putIfAbsent(key, Boolean.TRUE) == null;
    }
}
