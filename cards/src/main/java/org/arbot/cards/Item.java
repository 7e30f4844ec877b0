package org.arbot.cards;

import java.util.List;
import java.util.Objects;

/** One entry of a work list: a title, a line of detail and the actions a person can take on it. */
public record Item(String title, String detail, List<Action> actions) {

    public static final int MAX_ACTIONS = 5;

    public Item {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
        actions = List.copyOf(actions);
        if (actions.size() > MAX_ACTIONS) {
            throw new IllegalArgumentException("an item has at most " + MAX_ACTIONS + " actions, not " + actions.size());
        }
        Card.requireDistinctIds(actions);
    }

    public static Item of(String title, String detail, List<Action> actions) {
        return new Item(title, detail, actions);
    }
}
