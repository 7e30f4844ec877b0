package org.arbot.cards;

import java.util.Objects;

/**
 * Names what a card's button or form does ({@code approve}, {@code apply}, {@code reassign}, ...); the channel
 * adapters route a press back to the engine by this id.
 */
public record ActionId(String value) {

    public ActionId {
        Objects.requireNonNull(value, "action id");
        if (!value.matches("[a-z][a-z0-9_.-]{0,63}")) {
            throw new IllegalArgumentException("action id '" + value + "' must be lower-case letters, digits, '_', '.' or '-', at most 64");
        }
    }

    public static ActionId of(String value) {
        return new ActionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
