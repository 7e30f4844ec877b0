package org.arbot.app.slack;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.arbot.slack.SlackCallException;
import org.arbot.slack.SlackSocketMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Connects Socket Mode once the app is ready, off the start thread, and tries again every {@code retry} while Slack
 * refuses or cannot be reached, so a Slack outage at start delays Slack without stopping the rest of arbot.
 */
final class SlackSocketModeRun {

    private static final Logger log = LoggerFactory.getLogger(SlackSocketModeRun.class);

    private final SlackSocketMode socketMode;
    private final Duration retry;
    private final ScheduledExecutorService attempts = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "slack-socket-mode-connect");
        thread.setDaemon(true);
        return thread;
    });

    SlackSocketModeRun(SlackSocketMode socketMode, Duration retry) {
        this.socketMode = socketMode;
        this.retry = retry;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        attempts.execute(this::connect);
    }

    private void connect() {
        try {
            socketMode.connect();
            log.info("Slack Socket Mode connected");
        } catch (SlackCallException e) {
            log.warn("{}; trying again in {} s", e.getMessage(), retry.toSeconds());
            attempts.schedule(this::connect, retry.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Stops connecting and closes the socket. */
    void stop() {
        attempts.shutdownNow();
        socketMode.close();
    }
}
