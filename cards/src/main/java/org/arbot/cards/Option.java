package org.arbot.cards;

import java.util.Objects;

/** One choice of a {@link Select}: the words shown and the identifier submitted. */
public record Option(String title, String value) {

    /** Slack's option value limit. */
    public static final int MAX_VALUE_CHARS = 150;

    public Option {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_VALUE_CHARS) {
            throw new IllegalArgumentException("option value '" + value + "' must have 1 to " + MAX_VALUE_CHARS + " characters");
        }
    }

    public static Option of(String title, String value) {
        return new Option(title, value);
    }
}
