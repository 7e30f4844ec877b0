package org.arbot.core.conversation;

import java.util.Objects;

/**
 * One chat event addressed to the bot, already translated from its channel's payload.
 *
 * @param actor the user who spoke or pressed, as the channel names them (e.g. Slack's {@code U123})
 */
public record Turn(TurnId id, ConversationId conversation, String actor, Channel channel, TurnInput input) {

    public Turn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(input, "input");
    }

    public static Turn said(String id, String conversation, String actor, Channel channel, String text) {
        return new Turn(TurnId.of(id), ConversationId.of(conversation), actor, channel, new TurnInput.Said(text));
    }

    public static Turn pressed(String id, String conversation, String actor, Channel channel, String action, String value) {
        return new Turn(TurnId.of(id), ConversationId.of(conversation), actor, channel, new TurnInput.Pressed(action, value));
    }
}
