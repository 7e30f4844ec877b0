package org.arbot.intacct.sandbox;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the HTTP requests the sandbox receives, by kind: the figures {@code arbot bench intacct-calls} reports. Counting
 * at the server sees every request a client really sends, retries and token requests included.
 */
public final class SandboxCalls {

    /** What a request did: a token grant, a read (query, GET, a composite of reads), a write, or an event-queue call. */
    public enum Kind { TOKEN, READ, WRITE, EVENTS }

    private final Map<Kind, LongAdder> byKind = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> byRoute = new ConcurrentHashMap<>();

    void record(Kind kind, String route) {
        byKind.computeIfAbsent(kind, k -> new LongAdder()).increment();
        byRoute.computeIfAbsent(route, r -> new LongAdder()).increment();
    }

    /** The requests of this kind since the last {@link #clear()}. */
    public long count(Kind kind) {
        LongAdder adder = byKind.get(kind);
        return adder == null ? 0 : adder.sum();
    }

    /** API calls: reads, writes and event-queue calls, without token grants. */
    public long apiCalls() {
        return count(Kind.READ) + count(Kind.WRITE) + count(Kind.EVENTS);
    }

    /** Requests per {@code METHOD path}, record keys replaced by {@code {key}}, in path order. */
    public Map<String, Long> byRoute() {
        Map<String, Long> copy = new TreeMap<>();
        byRoute.forEach((route, adder) -> copy.put(route, adder.sum()));
        return copy;
    }

    public void clear() {
        byKind.clear();
        byRoute.clear();
    }
}
