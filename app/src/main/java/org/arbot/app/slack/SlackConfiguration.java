package org.arbot.app.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.arbot.app.config.ArbotProperties;
import org.arbot.core.conversation.ConversationEngine;
import org.arbot.core.governance.DecidingProposal;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Proposals;
import org.arbot.core.work.FindingWork;
import org.arbot.core.work.ProposalCards;
import org.arbot.slack.Deliveries;
import org.arbot.slack.SlackBoltApp;
import org.arbot.slack.SlackEventsServlet;
import org.arbot.slack.SlackMessages;
import org.arbot.slack.SlackSettings;
import org.arbot.slack.SlackWorkPoster;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import redis.clients.jedis.RedisClient;

/**
 * Slack, on when {@code arbot.slack.bot-token} is set: the Bolt app at {@code /slack/events} (HTTP mode, signatures
 * verified by Bolt), redeliveries remembered in Redis when {@code spring.data.redis.url} is set, and the work loop's
 * cards posted to the configured channels at start; reassigned and escalated proposals' cards posted to their new assignee.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "arbot.slack", name = "bot-token")
class SlackConfiguration {

    @Bean
    SlackSettings slackSettings(ArbotProperties properties) {
        ArbotProperties.Slack slack = properties.slack();
        return new SlackSettings(slack.botToken(), slack.signingSecret(), slack.apiUrl().toString(), slack.channels());
    }

    @Bean
    Slack slack(SlackSettings settings) {
        return SlackBoltApp.slack(settings);
    }

    @Bean
    SlackMessages slackMessages(Slack slack, SlackSettings settings) {
        return SlackBoltApp.messages(slack, settings, SlackMessages.Pause.SLEEP);
    }

    @Bean
    Deliveries slackDeliveries(@Value("${spring.data.redis.url:}") String redisUrl,
            @Value("${arbot.slack.delivery-key-prefix:arbot:slack:delivery:}") String prefix) {
        return redisUrl.isBlank() ? Deliveries.inMemory() : new RedisDeliveries(RedisClient.create(URI.create(redisUrl)), prefix);
    }

    @Bean(destroyMethod = "shutdown")
    ExecutorService slackSlowWork() {
        return Executors.newFixedThreadPool(8, r -> {
            Thread thread = new Thread(r, "slack-slow-work");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    App slackApp(SlackSettings settings, Slack slack, SlackMessages messages, DecidingProposal deciding,
            Proposals proposals, ProposalCards cards, ConversationEngine engine, Deliveries deliveries,
            ExecutorService slackSlowWork) {
        return SlackBoltApp.create(settings, slack, messages,
                new SlackBoltApp.Parts(deciding, proposals, cards, engine, deliveries, slackSlowWork));
    }

    @Bean
    ServletRegistrationBean<SlackEventsServlet> slackEvents(App slackApp, SlackSettings settings,
            ExecutorService slackSlowWork) {
        return new ServletRegistrationBean<>(SlackEventsServlet.of(slackApp, settings, slackSlowWork), "/slack/events");
    }

    @Bean
    SlackWorkPoster slackWorkPoster(SlackMessages messages, SlackSettings settings, People people) {
        return new SlackWorkPoster(messages, settings, people);
    }

    @Bean
    SlackNotices slackNotices(SlackWorkPoster poster, ProposalCards cards) {
        return new SlackNotices(poster, cards);
    }

    @Bean
    SlackWorkRun slackWorkRun(FindingWork finding, SlackWorkPoster poster, ExecutorService slackSlowWork,
            @Value("${arbot.slack.find-work-at-start:true}") boolean atStart) {
        return new SlackWorkRun(finding, poster, slackSlowWork, atStart);
    }
}
