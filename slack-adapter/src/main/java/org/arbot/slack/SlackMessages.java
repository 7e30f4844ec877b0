package org.arbot.slack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.chat.ChatPostEphemeralRequest;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import com.slack.api.methods.request.views.ViewsOpenRequest;
import com.slack.api.methods.request.views.ViewsPublishRequest;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.arbot.cards.Card;
import org.arbot.cards.slack.SlackBlockKitRenderer;

/**
 * Sends cards and texts through Slack's Web API: posts, updates in place and ephemeral notes. A 429 is waited out as
 * its {@code Retry-After} says and the call sent again, so a rate limit delays a message but never drops it.
 */
public final class SlackMessages {

    /** Waits out a rate limit; tests pass one that does not block. */
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;

        Pause SLEEP = duration -> Thread.sleep(duration.toMillis());
    }

    private interface Call<T extends SlackApiTextResponse> {
        T send() throws IOException, SlackApiException;
    }

    static final int ATTEMPTS = 5;

    private final MethodsClient methods;
    private final SlackBlockKitRenderer renderer = new SlackBlockKitRenderer();
    private final Pause pause;

    public SlackMessages(MethodsClient methods, Pause pause) {
        this.methods = methods;
        this.pause = pause;
    }

    /** Posts the card to a channel, or a user's direct messages when {@code channel} is a user id; returns its ts. */
    public String post(String channel, Card card, Optional<String> threadTs) {
        ObjectNode body = renderer.render(card);
        return send(() -> methods.chatPostMessage(ChatPostMessageRequest.builder().channel(channel)
                .threadTs(threadTs.orElse(null)).text(body.path("text").asText())
                .blocksAsString(body.path("blocks").toString()).build())).getTs();
    }

    /** Posts plain text, in a thread when {@code threadTs} is given. */
    public String say(String channel, String text, Optional<String> threadTs) {
        return send(() -> methods.chatPostMessage(ChatPostMessageRequest.builder().channel(channel)
                .threadTs(threadTs.orElse(null)).text(text).build())).getTs();
    }

    /** Replaces the message at {@code ts} with the card, for everyone in the channel. */
    public void update(String channel, String ts, Card card) {
        ObjectNode body = renderer.render(card);
        send(() -> methods.chatUpdate(ChatUpdateRequest.builder().channel(channel).ts(ts)
                .text(body.path("text").asText()).blocksAsString(body.path("blocks").toString()).build()));
    }

    /** Shows the text to one user only, in the channel. */
    public void ephemeral(String channel, String user, String text) {
        send(() -> methods.chatPostEphemeral(ChatPostEphemeralRequest.builder().channel(channel).user(user).text(text)
                .build()));
    }

    /** Opens a modal for the click or command that gave {@code triggerId} (valid for 3 seconds after it). */
    public void openView(String triggerId, ObjectNode view) {
        send(() -> methods.viewsOpen(ViewsOpenRequest.builder().triggerId(triggerId).viewAsString(view.toString()).build()));
    }

    /** Shows {@code view} (a {@code home} view) as the user's App Home tab. */
    public void publishHome(String user, ObjectNode view) {
        send(() -> methods.viewsPublish(ViewsPublishRequest.builder().userId(user).viewAsString(view.toString()).build()));
    }

    /** The {@code blocks} of the card as a message would show them, for a modal or the home tab. */
    public com.fasterxml.jackson.databind.node.ArrayNode blocks(Card card) {
        return (com.fasterxml.jackson.databind.node.ArrayNode) renderer.render(card).get("blocks");
    }

    private <T extends SlackApiTextResponse> T send(Call<T> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                T response = call.send();
                if (!response.isOk()) {
                    throw new SlackCallException(response.getError());
                }
                return response;
            } catch (SlackApiException e) {
                if (e.getResponse().code() != 429 || attempt >= ATTEMPTS) {
                    throw new SlackCallException(e.getMessage());
                }
                waitOut(retryAfter(e));
            } catch (IOException e) {
                throw new SlackCallException(e.toString());
            }
        }
    }

    private void waitOut(Duration duration) {
        try {
            pause.pause(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SlackCallException("interrupted while waiting out a rate limit");
        }
    }

    private static Duration retryAfter(SlackApiException e) {
        String header = e.getResponse().header("Retry-After");
        try {
            return Duration.ofSeconds(header == null ? 1 : Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException bad) {
            return Duration.ofSeconds(1);
        }
    }
}
