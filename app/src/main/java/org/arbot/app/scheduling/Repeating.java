package org.arbot.app.scheduling;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A task run again and again with a fixed delay between the end of one run and the start of the next, on its own
 * daemon thread, from {@link #start} to {@link #stop}; the background passes of the app (the outbox, the Intacct event
 * queue) run on one each.
 */
public final class Repeating {

    private final String threadName;
    private volatile ScheduledExecutorService scheduler;

    public Repeating(String threadName) {
        this.threadName = threadName;
    }

    /** Runs {@code task} now and then every {@code delay} after each run ends. */
    public void start(Runnable task, Duration delay) {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        scheduler = started;
        started.scheduleWithFixedDelay(task, 0, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Runs the task no more, letting a run in progress finish for up to {@code grace}. */
    public void stop(Duration grace) {
        ScheduledExecutorService running = scheduler;
        scheduler = null;
        if (running == null) {
            return;
        }
        running.shutdown();
        if (!grace.isZero()) {
            try {
                running.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return scheduler != null;
    }
}
