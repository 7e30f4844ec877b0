package org.arbot.cards;

import java.util.Objects;

/** A question a person must confirm before an action is sent, with the words of both buttons. */
public record Confirmation(String title, String text, String confirm, String deny) {

    public Confirmation {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(confirm, "confirm");
        Objects.requireNonNull(deny, "deny");
    }

    public static Confirmation of(String title, String text) {
        return new Confirmation(title, text, "Confirm", "Cancel");
    }
}
