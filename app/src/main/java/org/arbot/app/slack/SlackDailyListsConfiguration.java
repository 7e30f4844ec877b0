package org.arbot.app.slack;

import java.time.Clock;
import java.time.LocalTime;
import org.arbot.core.work.DailyPriorityLists;
import org.arbot.core.work.WorkSources;
import org.arbot.slack.SlackWorkPoster;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The daily priority lists as Slack direct messages, at {@code arbot.slack.daily-list-at} (default 08:00). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "arbot.slack", name = "bot-token")
class SlackDailyListsConfiguration {

    @Bean(destroyMethod = "close")
    SlackDailyLists slackDailyLists(DailyPriorityLists lists, WorkSources sources, SlackWorkPoster poster, Clock clock,
            @Value("${arbot.slack.daily-list-at:08:00}") LocalTime at) {
        return new SlackDailyLists(lists, sources, poster, clock, at);
    }
}
