package org.arbot.core.conversation;

import java.util.Objects;

/** The stable id of one chat event; a redelivered event carries the same id (Slack's event id, Teams' activity id). */
public record TurnId(String value) {

    public TurnId {
        Objects.requireNonNull(value, "turn id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("turn id must not be blank");
        }
    }

    public static TurnId of(String value) {
        return new TurnId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
