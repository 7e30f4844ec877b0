package org.arbot.app.slack;

import java.util.List;
import java.util.concurrent.Executor;
import org.arbot.core.work.FindingWork;
import org.arbot.core.work.FoundWork;
import org.arbot.slack.SlackWorkPoster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/** Finds work and posts its cards to Slack: once when the app is ready (off the start thread), and on demand. */
final class SlackWorkRun {

    private static final Logger log = LoggerFactory.getLogger(SlackWorkRun.class);

    private final FindingWork finding;
    private final SlackWorkPoster poster;
    private final Executor executor;
    private final boolean atStart;

    SlackWorkRun(FindingWork finding, SlackWorkPoster poster, Executor executor, boolean atStart) {
        this.finding = finding;
        this.poster = poster;
        this.executor = executor;
        this.atStart = atStart;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        if (atStart) {
            executor.execute(this::run);
        }
    }

    /** One pass: each new card posted; returns how many were posted. */
    int run() {
        List<FoundWork> found = finding.find();
        int posted = 0;
        for (FoundWork work : found) {
            try {
                if (poster.post(work).isPresent()) {
                    posted++;
                } else {
                    log.warn("no Slack channel or user for {} ({}); set arbot.slack.channels.{}", work.source(),
                            work.audience(), work.audience().id());
                }
            } catch (RuntimeException e) {
                log.warn("could not post {} to Slack", work.source(), e);
            }
        }
        return posted;
    }
}
