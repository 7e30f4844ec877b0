package org.arbot.cards;

import java.util.Objects;

/** A label and its already formatted value, e.g. "Exposure" and "$120,000.00". */
public record Fact(String label, String value) {

    public Fact {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }

    public static Fact of(String label, String value) {
        return new Fact(label, value);
    }
}
