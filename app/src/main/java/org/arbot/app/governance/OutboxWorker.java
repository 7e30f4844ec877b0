package org.arbot.app.governance;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.arbot.core.governance.ExecutingProposals;
import org.arbot.core.governance.ExpiringProposals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Executes due outbox rows and escalates expired proposals, every poll interval, from the moment the app starts: what
 * was approved before a crash or restart is executed then. Safe on several replicas (rows are claimed with skip-locked).
 */
final class OutboxWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorker.class);

    private final ExecutingProposals executing;
    private final ExpiringProposals expiring;
    private final Duration interval;
    private volatile ScheduledExecutorService scheduler;

    OutboxWorker(ExecutingProposals executing, ExpiringProposals expiring, Duration interval) {
        this.executing = executing;
        this.expiring = expiring;
        this.interval = interval;
    }

    /** One pass: every due outbox row, then every expired proposal. */
    void runOnce() {
        try {
            int attempts = executing.drain();
            if (attempts > 0) {
                log.info("outbox: {} execution attempt(s)", attempts);
            }
            expiring.expireDue();
        } catch (RuntimeException e) {
            log.warn("outbox pass failed, will try again in {}: {}", interval, e.toString());
        }
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "arbot-outbox");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::runOnce, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = scheduler;
        scheduler = null;
        if (running != null) {
            running.shutdown();
            try {
                running.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
