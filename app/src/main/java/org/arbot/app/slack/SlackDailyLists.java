package org.arbot.app.slack;

import java.time.Clock;
import java.time.LocalTime;
import org.arbot.app.scheduling.DailyAt;
import org.arbot.core.work.DailyPriorityLists;
import org.arbot.core.work.FoundWork;
import org.arbot.core.work.WorkSources;
import org.arbot.slack.SlackWorkPoster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Sends each collector their priority list (and each AR manager the team's) as a direct message every day at the
 * configured time of the clock's zone. Each person's list of the day is claimed in the work sources first, so several
 * replicas, or a restart, send it once.
 */
final class SlackDailyLists implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SlackDailyLists.class);

    private final DailyPriorityLists lists;
    private final WorkSources sources;
    private final SlackWorkPoster poster;
    private final DailyAt daily;

    SlackDailyLists(DailyPriorityLists lists, WorkSources sources, SlackWorkPoster poster, Clock clock, LocalTime at) {
        this.lists = lists;
        this.sources = sources;
        this.poster = poster;
        this.daily = new DailyAt("slack-daily-lists", clock, at);
    }

    @EventListener(ApplicationReadyEvent.class)
    void schedule() {
        daily.start(this::runQuietly);
    }

    /** Sends today's lists not sent yet; returns how many were posted. */
    int run() {
        int posted = 0;
        for (FoundWork list : lists.today()) {
            if (!sources.claim(list.source())) {
                continue;
            }
            try {
                if (poster.post(list).isPresent()) {
                    posted++;
                } else {
                    log.info("no Slack user for {}; {} not sent", list.audience(), list.source());
                }
            } catch (RuntimeException e) {
                sources.release(list.source());
                log.warn("could not send {} to Slack", list.source(), e);
            }
        }
        return posted;
    }

    private void runQuietly() {
        try {
            run();
        } catch (RuntimeException e) {
            log.warn("the daily priority lists failed; they are tried again tomorrow", e);
        }
    }

    @Override
    public void close() {
        daily.close();
    }
}
