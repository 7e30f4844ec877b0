package org.arbot.cards;

import java.util.Objects;

/** A table column's title and whether its values are numbers (right-aligned where a channel can). */
public record Column(String title, boolean numeric) {

    public Column {
        Objects.requireNonNull(title, "title");
    }

    public static Column text(String title) {
        return new Column(title, false);
    }

    public static Column number(String title) {
        return new Column(title, true);
    }
}
