package org.arbot.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.arbot.cards.slack.SlackBlockKitRenderer;
import org.arbot.core.conversation.Channel;
import org.arbot.core.conversation.ConversationEngine;
import org.arbot.core.conversation.Reply;
import org.arbot.core.conversation.Turn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ar help | queue | customer NAME | forecast | dso | any question}: acks at once, then answers from the
 * conversation engine through the command's {@code response_url}, visible to the person who asked.
 */
final class SlashCommands implements SlashCommandHandler {

    private static final Logger log = LoggerFactory.getLogger(SlashCommands.class);

    private final ConversationEngine engine;
    private final Slack slack;
    private final Executor slowWork;
    private final SlackBlockKitRenderer renderer = new SlackBlockKitRenderer();

    SlashCommands(ConversationEngine engine, Slack slack, Executor slowWork) {
        this.engine = engine;
        this.slack = slack;
        this.slowWork = slowWork;
    }

    @Override
    public Response apply(SlashCommandRequest request, SlashCommandContext context) {
        SlashCommandPayload p = request.getPayload();
        Turn turn = Turn.said(p.getTriggerId(), "slack:" + p.getChannelId() + ":" + p.getUserId(), p.getUserId(),
                Channel.SLACK, utterance(p.getText()));
        slowWork.execute(() -> answer(turn, p.getResponseUrl()));
        return context.ack();
    }

    /** The subcommands as the engine reads them; anything else is a question as typed. */
    static String utterance(String text) {
        String said = text == null ? "" : text.trim();
        String word = said.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        String rest = said.length() > word.length() ? said.substring(word.length()).trim() : "";
        return switch (word) {
            case "", "help" -> "help";
            case "queue" -> "what is in my queue";
            case "customer" -> "summary for " + rest;
            case "forecast" -> "cash expected in the next 4 weeks";
            case "dso" -> "what is our DSO this month";
            default -> said;
        };
    }

    private void answer(Turn turn, String responseUrl) {
        List<Reply> replies = engine.respond(turn).replies();
        for (Reply reply : replies) {
            JsonObject body = reply.card()
                    .map(card -> JsonParser.parseString(renderer.renderJson(card)).getAsJsonObject())
                    .orElseGet(() -> text(reply.text()));
            body.addProperty("response_type", "ephemeral");
            try {
                slack.getHttpClient().postJsonBody(responseUrl, body).close();
            } catch (IOException e) {
                log.warn("could not answer {} through its response_url", turn.id(), e);
            }
        }
    }

    private static JsonObject text(String text) {
        JsonObject body = new JsonObject();
        body.addProperty("text", text);
        return body;
    }
}
