package org.arbot.app.slack;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.arbot.app.scheduling.DailyAt;
import org.arbot.core.collections.Snoozes;
import org.arbot.core.forecast.ForecastAlert;
import org.arbot.core.forecast.TreasuryChannel;
import org.arbot.core.governance.Assignee;
import org.arbot.core.work.FoundWork;
import org.arbot.core.work.WorkSources;
import org.arbot.slack.SlackWorkPoster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Refreshes the DSO and cash forecast every day at the configured time of the clock's zone and, when an alert rule
 * fires, posts the alert card (with its charts) to the {@code alerts} channel. The day's run is claimed in the work
 * sources first, so several replicas, or a restart, post it once. While the alerts are snoozed ("Snooze a week" on a
 * card) nothing is checked or posted, and the day is not claimed, so the first day after the snooze posts again.
 */
final class SlackForecastAlerts implements AutoCloseable {

    /** The queue whose channel ({@code arbot.slack.channels.alerts}) receives the cards. */
    static final String QUEUE = "alerts";

    private static final Logger log = LoggerFactory.getLogger(SlackForecastAlerts.class);

    /** Runs the forecast and hands any alert card to the channel; returns the alerts raised. */
    interface Forecast {
        List<ForecastAlert> raise(TreasuryChannel channel);
    }

    private final Forecast forecast;
    private final WorkSources sources;
    private final Snoozes snoozes;
    private final SlackWorkPoster poster;
    private final Clock clock;
    private final DailyAt daily;

    SlackForecastAlerts(Forecast forecast, WorkSources sources, Snoozes snoozes, SlackWorkPoster poster, Clock clock,
            LocalTime at) {
        this.forecast = forecast;
        this.sources = sources;
        this.snoozes = snoozes;
        this.poster = poster;
        this.clock = clock;
        this.daily = new DailyAt("slack-forecast-alerts", clock, at);
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        daily.start(this::runQuietly);
    }

    /** Today's forecast check, unless it already ran or is snoozed; returns the alerts posted (none when no rule fired). */
    List<ForecastAlert> run() {
        LocalDate today = LocalDate.now(clock);
        if (snoozes.isSnoozed(Snoozes.FORECAST_ALERTS, today)) {
            log.info("forecast alerts snoozed on {}; not checked", today);
            return List.of();
        }
        String source = "forecast-alerts:" + today;
        if (!sources.claim(source)) {
            return List.of();
        }
        try {
            return forecast.raise(card -> {
                if (poster.post(new FoundWork(source, Assignee.queue(QUEUE), card, Optional.empty())).isEmpty()) {
                    log.info("no Slack channel for the {} queue; forecast alert not posted", QUEUE);
                }
            });
        } catch (RuntimeException e) {
            sources.release(source);
            throw e;
        }
    }

    private void runQuietly() {
        try {
            List<ForecastAlert> alerts = run();
            log.info("forecast checked: {} alert(s)", alerts.size());
        } catch (RuntimeException e) {
            log.warn("forecast alerts could not be checked or posted", e);
        }
    }

    @Override
    public void close() {
        daily.close();
    }
}
