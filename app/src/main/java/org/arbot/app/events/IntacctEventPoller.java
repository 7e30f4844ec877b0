package org.arbot.app.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import org.arbot.app.scheduling.Repeating;
import org.arbot.core.ledger.LedgerException;
import org.arbot.core.ledger.events.LedgerEvent;
import org.arbot.intacct.IntacctEventQueue;
import org.arbot.intacct.IntacctTriggerEvents;
import org.arbot.intacct.IntacctTriggerEvents.MalformedEventException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Drains Intacct's trigger event queue every interval, for sites Intacct cannot reach by webhook. Each queued event
 * becomes the same domain event a webhook would, through the same {@link LedgerEventIntake}; a batch is acknowledged
 * only once every event in it is handled. When handling fails, the batch stays queued and comes back on the next pass,
 * where the events already handled are dropped as duplicates: nothing is lost and nothing is handled twice.
 */
final class IntacctEventPoller implements SmartLifecycle {

    /** A pass stops after this many batches, so one pass never runs unbounded behind a queue that keeps filling. */
    static final int MAX_BATCHES = 50;
    private static final Logger log = LoggerFactory.getLogger(IntacctEventPoller.class);

    /** What one pass did; {@code failure} says why it stopped early, when it did. */
    record Pass(int published, int duplicates, int malformed, int acknowledged, String failure) {
        boolean complete() {
            return failure == null;
        }
    }

    private final IntacctEventQueue queue;
    private final LedgerEventIntake intake;
    private final Duration interval;
    private final ObjectMapper json = new ObjectMapper();
    private final Repeating repeating = new Repeating("arbot-intacct-events");

    IntacctEventPoller(IntacctEventQueue queue, LedgerEventIntake intake, Duration interval) {
        this.queue = queue;
        this.intake = intake;
        this.interval = interval;
    }

    /** Takes batches until the queue is empty, a batch cannot be fully handled, or {@link #MAX_BATCHES} are done. */
    Pass drain() {
        int published = 0;
        int duplicates = 0;
        int malformed = 0;
        int acknowledged = 0;
        try {
            for (int round = 0; round < MAX_BATCHES; round++) {
                IntacctEventQueue.Batch batch = queue.next();
                if (batch.isEmpty()) {
                    break;
                }
                for (IntacctEventQueue.QueuedEvent queued : batch.events()) {
                    LedgerEvent event;
                    try {
                        event = IntacctTriggerEvents.read(queued, json);
                    } catch (MalformedEventException e) {
                        // Never readable however often it comes back: acknowledged with its batch, and logged.
                        log.warn("Intacct queued event {} is not an event arbot takes: {}", queued.eventId(), e.getMessage());
                        malformed++;
                        continue;
                    }
                    try {
                        if (intake.take(event) == LedgerEventIntake.Outcome.PUBLISHED) {
                            published++;
                        } else {
                            duplicates++;
                        }
                    } catch (RuntimeException e) {
                        log.warn("handling Intacct event {} failed; its batch stays queued for the next pass: {}",
                                event.eventId(), e.toString());
                        return new Pass(published, duplicates, malformed, acknowledged, "handling " + event.eventId() + " failed");
                    }
                }
                queue.acknowledge(batch.ackId().orElseThrow());
                acknowledged += batch.events().size();
            }
        } catch (LedgerException e) {
            log.warn("Intacct event queue: {} ({}); trying again in {}", e.getMessage(), e.code(), interval);
            return new Pass(published, duplicates, malformed, acknowledged, e.code() + ": " + e.getMessage());
        }
        return new Pass(published, duplicates, malformed, acknowledged, null);
    }

    private void pass() {
        try {
            Pass pass = drain();
            if (pass.published() + pass.duplicates() + pass.malformed() > 0) {
                log.info("Intacct event queue: {} published, {} duplicates, {} malformed, {} acknowledged",
                        pass.published(), pass.duplicates(), pass.malformed(), pass.acknowledged());
            }
        } catch (RuntimeException e) {
            log.warn("Intacct event queue pass failed, will try again in {}: {}", interval, e.toString());
        }
    }

    @Override
    public void start() {
        repeating.start(this::pass, interval);
    }

    @Override
    public void stop() {
        repeating.stop(Duration.ZERO);
    }

    @Override
    public boolean isRunning() {
        return repeating.isRunning();
    }
}
