package org.arbot.app.slack.bench;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load: {@code clients} threads each post a signed click, wait for the ack and post the next, until the
 * time is up or the request budget is spent, each on its own keep-alive connection. Each request's ack latency is
 * timed from the first byte sent to the last byte of the response read.
 */
final class AckLoad {

    private final int clients;

    AckLoad(int clients) {
        this.clients = clients;
    }

    /** Runs the load against {@code url} for at most {@code duration} and {@code requests}, and measures it. */
    AckFigures run(URI url, SignedClicks clicks, Duration duration, long requests) {
        ExecutorService threads = Executors.newFixedThreadPool(clients, r -> {
            Thread thread = new Thread(r, "slack-ack-client");
            thread.setDaemon(true);
            return thread;
        });
        AtomicLong budget = new AtomicLong(requests);
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                results.add(threads.submit(() -> client(url, clicks, end, budget, errors)));
            }
            List<long[]> latencies = new ArrayList<>();
            for (Future<long[]> result : results) {
                latencies.add(result.get());
            }
            long elapsed = System.nanoTime() - start;
            return AckFigures.of(merge(latencies), errors.get(), Duration.ofNanos(elapsed));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while measuring", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a client failed: " + e.getCause(), e.getCause());
        } finally {
            threads.shutdownNow();
        }
    }

    private static long[] client(URI url, SignedClicks clicks, long end, AtomicLong budget, AtomicLong errors) {
        long[] latencies = new long[1024];
        int count = 0;
        try (KeepAliveConnection connection = new KeepAliveConnection(url)) {
            while (System.nanoTime() < end && budget.getAndDecrement() > 0) {
                SignedClicks.Click click = clicks.next();
                long sent = System.nanoTime();
                try {
                    if (connection.post(click) != 200) {
                        errors.incrementAndGet();
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                }
                if (count == latencies.length) {
                    latencies = Arrays.copyOf(latencies, count * 2);
                }
                latencies[count++] = System.nanoTime() - sent;
            }
        }
        return Arrays.copyOf(latencies, count);
    }

    private static long[] merge(List<long[]> parts) {
        long[] all = new long[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (long[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
