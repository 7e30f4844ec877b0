package org.arbot.slack;

import java.util.Optional;
import java.util.concurrent.Executor;
import org.arbot.core.conversation.Channel;
import org.arbot.core.conversation.ConversationEngine;
import org.arbot.core.conversation.Reply;
import org.arbot.core.conversation.Turn;

/**
 * {@code @arbot} in a channel and messages in the bot's DM: each event once (Slack redelivers with the same event id),
 * answered by the conversation engine in the event's thread, after the ack.
 */
final class Mentions {

    private final ConversationEngine engine;
    private final SlackMessages messages;
    private final Deliveries deliveries;
    private final Executor slowWork;

    Mentions(ConversationEngine engine, SlackMessages messages, Deliveries deliveries, Executor slowWork) {
        this.engine = engine;
        this.messages = messages;
        this.deliveries = deliveries;
        this.slowWork = slowWork;
    }

    /** Takes in one message event; returns at once, the answer follows. */
    void said(String eventId, String channel, String user, String text, String ts, String threadTs) {
        if (user == null) {
            return;
        }
        String thread = threadTs == null || threadTs.isBlank() ? ts : threadTs;
        String said = text == null ? "" : text.replaceAll("<@[A-Z0-9]+>", "").trim();
        Turn turn = Turn.said(eventId, "slack:" + channel + ":" + thread, user, Channel.SLACK, said);
        slowWork.execute(() -> {
            if (!deliveries.first("event:" + eventId)) {
                return;
            }
            for (Reply reply : engine.respond(turn).replies()) {
                if (reply.card().isPresent()) {
                    messages.post(channel, reply.card().get(), Optional.of(thread));
                } else {
                    messages.say(channel, reply.text(), Optional.of(thread));
                }
            }
        });
    }
}
