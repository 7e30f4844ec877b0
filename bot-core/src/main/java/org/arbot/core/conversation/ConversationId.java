package org.arbot.core.conversation;

import java.util.Objects;

/** A conversation or thread: the unit that owns one {@link ConversationState} (e.g. {@code slack:C123:1712345678.000100}). */
public record ConversationId(String value) {

    public ConversationId {
        Objects.requireNonNull(value, "conversation id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("conversation id must not be blank");
        }
    }

    public static ConversationId of(String value) {
        return new ConversationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
