package org.arbot.app.slack;

import com.slack.api.bolt.App;
import java.time.Duration;
import org.arbot.app.config.ArbotProperties;
import org.arbot.slack.SlackSocketMode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Socket Mode, on when both {@code arbot.slack.bot-token} and {@code arbot.slack.app-token} are set: the Slack app of
 * {@link SlackConfiguration}, with the same handlers, fed over Slack's WebSocket once the app is ready, closed on
 * shutdown. {@code /slack/events} stays mounted and still needs the signing secret.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "arbot.slack", name = {"bot-token", "app-token"})
class SlackSocketModeConfiguration {

    private static final Duration RETRY = Duration.ofSeconds(30);

    @Bean(destroyMethod = "stop")
    SlackSocketModeRun slackSocketMode(App slackApp, ArbotProperties properties) {
        return new SlackSocketModeRun(new SlackSocketMode(slackApp, properties.slack().appToken()), RETRY);
    }
}
