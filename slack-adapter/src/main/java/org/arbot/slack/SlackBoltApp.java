package org.arbot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;
import org.arbot.core.conversation.ConversationEngine;
import org.arbot.core.governance.DecidingProposal;
import org.arbot.core.governance.Proposals;
import org.arbot.core.work.ProposalCards;

/**
 * Builds arbot's Bolt app: request signatures verified with the signing secret, the Web API at the configured base,
 * the decision buttons, "why?", {@code /ar}, mentions and direct messages. Every handler acks before any slow work.
 */
public final class SlackBoltApp {

    /** What the handlers work with. */
    public record Parts(DecidingProposal deciding, Proposals proposals, ProposalCards cards, ConversationEngine engine,
                        Deliveries deliveries, Executor slowWork) {
    }

    private SlackBoltApp() {
    }

    /** The Slack client for the settings' Web API base. */
    public static Slack slack(SlackSettings settings) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(settings.apiUrl());
        // The SDK's per-call metrics (read by its async client's rate limiter and stats API, neither used here) cost
        // bookkeeping on every call and an auth.test per token.
        config.setStatsEnabled(false);
        return Slack.getInstance(config);
    }

    public static SlackMessages messages(Slack slack, SlackSettings settings, SlackMessages.Pause pause) {
        return new SlackMessages(slack.methods(settings.botToken()), pause);
    }

    public static App create(SlackSettings settings, Slack slack, SlackMessages messages, Parts parts) {
        App app = new App(AppConfig.builder().signingSecret(settings.signingSecret())
                .singleTeamBotToken(settings.botToken()).slack(slack).build());
        String decisions = String.join("|", ProposalClicks.DECISIONS.keySet());
        app.blockAction(Pattern.compile("^(" + decisions + ")$"), new ProposalClicks(parts.deciding(), parts.cards(),
                messages, parts.deliveries(), parts.slowWork()));
        app.blockAction("why", new WhyClicks(parts.proposals(), messages, parts.slowWork()));
        app.command("/ar", new SlashCommands(parts.engine(), slack, parts.slowWork()));
        Mentions mentions = new Mentions(parts.engine(), messages, parts.deliveries(), parts.slowWork());
        app.event(AppMentionEvent.class, (payload, context) -> {
            AppMentionEvent e = payload.getEvent();
            mentions.said(payload.getEventId(), e.getChannel(), e.getUser(), e.getText(), e.getTs(), e.getThreadTs());
            return context.ack();
        });
        app.event(MessageEvent.class, (payload, context) -> {
            MessageEvent e = payload.getEvent();
            if ("im".equals(e.getChannelType()) && e.getBotId() == null) {
                mentions.said(payload.getEventId(), e.getChannel(), e.getUser(), e.getText(), e.getTs(), e.getThreadTs());
            }
            return context.ack();
        });
        return app;
    }
}
