package org.arbot.cards;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A channel-neutral message: a body of elements, the actions that close it, and a plain-text fallback that every channel
 * shows in notifications and to screen readers.
 *
 * <p>Renderers enforce each channel's limits themselves (cutting and paging), so any card built here can be sent.
 */
public record Card(String fallbackText, List<Element> body, List<Action> actions) {

    /** Few enough elements that every renderer can page lists inside one message. */
    public static final int MAX_ELEMENTS = 12;
    /** Slack allows 25 elements per actions block; fewer keeps a card readable. */
    public static final int MAX_ACTIONS = 6;

    public Card {
        Objects.requireNonNull(fallbackText, "fallbackText");
        body = List.copyOf(body);
        actions = List.copyOf(actions);
        if (fallbackText.isBlank()) {
            throw new IllegalArgumentException("a card needs a fallback text");
        }
        if (body.isEmpty() || body.size() > MAX_ELEMENTS) {
            throw new IllegalArgumentException("a card has 1 to " + MAX_ELEMENTS + " elements, not " + body.size());
        }
        if (actions.size() > MAX_ACTIONS) {
            throw new IllegalArgumentException("a card has at most " + MAX_ACTIONS + " actions, not " + actions.size());
        }
        requireDistinctIds(actions);
        var inputIds = new HashSet<String>();
        for (Element e : body) {
            if (e instanceof Input input && !inputIds.add(input.id())) {
                throw new IllegalArgumentException("input id '" + input.id() + "' is used twice");
            }
        }
    }

    public static Card of(String fallbackText, List<Element> body, List<Action> actions) {
        return new Card(fallbackText, body, actions);
    }

    /**
     * The same card with list {@code listId} showing the page at {@code offset}: what a "Show more" press asks for
     * (its payload carries {@code list} and {@code offset}).
     */
    public Card showing(String listId, int offset) {
        boolean found = body.stream().anyMatch(e -> e instanceof Paged p && p.id().equals(listId));
        if (!found) {
            throw new IllegalArgumentException("this card has no list '" + listId + "'");
        }
        return new Card(fallbackText, body.stream()
                .map(e -> e instanceof Paged p && p.id().equals(listId) ? (Element) p.at(offset) : e).toList(), actions);
    }

    /** The card's header, if its first element is one. */
    public java.util.Optional<Header> header() {
        return body.get(0) instanceof Header h ? java.util.Optional.of(h) : java.util.Optional.empty();
    }

    static void requireDistinctIds(List<Action> actions) {
        var seen = new HashSet<ActionId>();
        for (Action a : actions) {
            if (!seen.add(a.id())) {
                throw new IllegalArgumentException("action id '" + a.id() + "' is used twice in one group");
            }
        }
    }
}
