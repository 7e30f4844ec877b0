package org.arbot.cards;

import java.util.Objects;

/** Small secondary text under the main content, such as "as of" times and sources. */
public record Note(String text) implements Element {

    public Note {
        Objects.requireNonNull(text, "text");
    }

    public static Note of(String text) {
        return new Note(text);
    }
}
