package org.arbot.cards;

/** An element that collects a value; its {@code id} is the key of that value in the submitted data. */
public sealed interface Input extends Element permits TextInput, Select {

    String id();

    String label();

    static String requireInputId(String id) {
        if (id == null || !id.matches("[a-z][a-zA-Z0-9_]{0,39}")) {
            throw new IllegalArgumentException("input id '" + id + "' must be a short identifier");
        }
        return id;
    }
}
