package org.arbot.app.console;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person did on the page: typed {@code text}, or pressed a card's button ({@code action} = the
 * {@code Action.Execute} verb, {@code data} = its data with the card's input values merged in) on post {@code post}.
 *
 * @param id the page's own id for this turn, so a resent request is recognised
 */
record ConsoleTurn(String id, String person, Optional<String> text, Optional<String> action, Map<String, String> data,
        Optional<String> post) {

    ConsoleTurn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(action, "action");
        data = Map.copyOf(data);
        Objects.requireNonNull(post, "post");
        if (text.isEmpty() == action.isEmpty()) {
            throw new IllegalArgumentException("a console turn is either text or an action, not " + (text.isEmpty() ? "neither" : "both"));
        }
    }

    /** What the button is about, as the engine reads a pressed value: the proposal, order, document or customer. */
    String subject() {
        for (String key : new String[] {"proposal", "order", "document", "payment", "customer"}) {
            String value = data.get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}
