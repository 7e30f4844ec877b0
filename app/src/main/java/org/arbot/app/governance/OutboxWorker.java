package org.arbot.app.governance;

import java.time.Duration;
import org.arbot.app.scheduling.Repeating;
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
    private final Repeating repeating = new Repeating("arbot-outbox");

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
        repeating.start(this::runOnce, interval);
    }

    @Override
    public void stop() {
        repeating.stop(Duration.ofSeconds(10));
    }

    @Override
    public boolean isRunning() {
        return repeating.isRunning();
    }
}
