package org.arbot.cards;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A button: what it does ({@link ActionId}), its words, the data sent back when pressed, its emphasis and an optional
 * confirmation.
 *
 * <p>The payload carries identifiers, not prose: it is at most {@value #MAX_PAYLOAD_CHARS} characters so that every
 * channel can carry it (Slack's button value holds 2,000).
 */
public record Action(ActionId id, String title, Map<String, String> payload, ActionStyle style,
                     Optional<Confirmation> confirmation) {

    public static final int MAX_PAYLOAD_CHARS = 1500;
    /** The key under which renderers put the action id into the submitted data. */
    public static final String ACTION_KEY = "action";

    public Action {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(confirmation, "confirmation");
        if (title.isBlank()) {
            throw new IllegalArgumentException("action '" + id + "' needs a title");
        }
        payload = Collections.unmodifiableMap(new TreeMap<>(payload));
        int chars = 0;
        for (var e : payload.entrySet()) {
            if (!e.getKey().matches("[a-z][a-zA-Z0-9_]{0,39}") || e.getKey().equals(ACTION_KEY)) {
                throw new IllegalArgumentException("payload key '" + e.getKey() + "' of action '" + id + "' is not allowed");
            }
            chars += e.getKey().length() + jsonLength(Objects.requireNonNull(e.getValue(), "payload value")) + 6;
        }
        if (chars > MAX_PAYLOAD_CHARS) {
            throw new IllegalArgumentException("payload of action '" + id + "' has " + chars + " characters, more than "
                    + MAX_PAYLOAD_CHARS);
        }
    }

    /** Length of the value as a JSON string body: control characters, quotes and backslashes take more room. */
    private static int jsonLength(String value) {
        int n = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            n += c < 0x20 ? 6 : (c == '"' || c == '\\') ? 2 : 1;
        }
        return n;
    }

    public static Action of(String id, String title, ActionStyle style, Map<String, String> payload) {
        return new Action(ActionId.of(id), title, payload, style, Optional.empty());
    }

    public static Action of(String id, String title, Map<String, String> payload) {
        return of(id, title, ActionStyle.DEFAULT, payload);
    }

    /** This action, asking the given question before it is sent. */
    public Action confirmedBy(Confirmation question) {
        return new Action(id, title, payload, style, Optional.of(question));
    }
}
