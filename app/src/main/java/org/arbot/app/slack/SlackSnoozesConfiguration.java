package org.arbot.app.slack;

import com.slack.api.bolt.App;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import org.arbot.cards.LocalFormat;
import org.arbot.core.work.Snoozing;
import org.arbot.slack.Deliveries;
import org.arbot.slack.SlackMessages;
import org.arbot.slack.SlackSnoozes;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Slack's "Snooze" buttons, added to the Bolt app when Slack is on, while the context starts and before any request or
 * socket reaches the app.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "arbot.slack", name = "bot-token")
class SlackSnoozesConfiguration {

    /** Marks that the snooze buttons are handled by the app. */
    record SlackSnoozesRegistered(App app) {
    }

    @Bean
    SlackSnoozesRegistered slackSnoozes(App slackApp, SlackMessages messages, Snoozing snoozing, Deliveries deliveries,
            ExecutorService slackSlowWork) {
        return new SlackSnoozesRegistered(SlackSnoozes.register(slackApp, messages, snoozing,
                LocalFormat.of(Locale.US, ZoneOffset.UTC), deliveries, slackSlowWork));
    }
}
