package org.arbot.app.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs a task every day at a time of the clock's zone, on its own daemon thread; closing stops it. */
public final class DailyAt implements AutoCloseable {

    private final Clock clock;
    private final LocalTime at;
    private final ScheduledExecutorService timer;

    public DailyAt(String threadName, Clock clock, LocalTime at) {
        this.clock = clock;
        this.at = at;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }

    public void start(Runnable task) {
        timer.scheduleAtFixedRate(task, untilNext().toMillis(), Duration.ofDays(1).toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The wait from now to the next {@code at}, today or tomorrow. */
    public Duration untilNext() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        ZonedDateTime next = now.with(at);
        return Duration.between(now, next.isAfter(now) ? next : next.plusDays(1));
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
