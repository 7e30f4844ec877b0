package org.arbot.cards;

import java.util.Objects;

/** A paragraph of literal text: renderers escape it, so markup characters in it show as typed. */
public record Text(String text) implements Element {

    public Text {
        Objects.requireNonNull(text, "text");
    }

    public static Text of(String text) {
        return new Text(text);
    }
}
