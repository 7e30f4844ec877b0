package org.arbot.app.console;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.arbot.core.governance.AuditEntry;
import org.arbot.core.governance.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells open pages when something changed outside the console, a scheduled job, the outbox worker or a Slack or Teams
 * user: every governed change leaves an audit entry, so new entries mean the views are stale. Looks only while a page
 * listens.
 */
final class AuditWatch implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(AuditWatch.class);

    private final AuditTrail audit;
    private final ConsoleStream stream;
    private final AtomicLong seen = new AtomicLong(-1);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "console-audit-watch");
        thread.setDaemon(true);
        return thread;
    });

    AuditWatch(AuditTrail audit, ConsoleStream stream, Duration every) {
        this.audit = audit;
        this.stream = stream;
        timer.scheduleWithFixedDelay(this::look, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    void look() {
        if (stream.listeners() == 0) {
            return;
        }
        try {
            long from = seen.get();
            List<AuditEntry> fresh = audit.after(Math.max(0, from), 1_000);
            if (fresh.isEmpty()) {
                seen.compareAndSet(-1, 0);
                return;
            }
            seen.set(fresh.get(fresh.size() - 1).sequence());
            if (from >= 0) {
                stream.changed("audit");
            }
        } catch (RuntimeException e) {
            log.debug("could not read the audit trail for the console", e);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
