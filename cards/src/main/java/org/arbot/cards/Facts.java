package org.arbot.cards;

import java.util.List;

/** Label/value pairs shown as a compact grid. */
public record Facts(List<Fact> facts) implements Element {

    public Facts {
        facts = List.copyOf(facts);
        if (facts.isEmpty()) {
            throw new IllegalArgumentException("facts must not be empty");
        }
    }

    public static Facts of(Fact... facts) {
        return new Facts(List.of(facts));
    }
}
