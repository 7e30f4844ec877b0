package org.arbot.cards;

import java.util.Objects;

/** A free-text field, submitted under {@code id} with the card's actions. */
public record TextInput(String id, String label, String placeholder, boolean multiline, String initialValue)
        implements Input {

    public TextInput {
        Input.requireInputId(id);
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(placeholder, "placeholder");
        Objects.requireNonNull(initialValue, "initialValue");
    }

    public static TextInput of(String id, String label, String placeholder) {
        return new TextInput(id, label, placeholder, false, "");
    }

    public static TextInput multiline(String id, String label, String placeholder) {
        return new TextInput(id, label, placeholder, true, "");
    }
}
