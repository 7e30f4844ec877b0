package org.arbot.cards;

import java.util.Objects;

/** The card's title, a one-line subtitle (may be empty) and its tone. */
public record Header(String title, String subtitle, Tone tone) implements Element {

    public Header {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(subtitle, "subtitle");
        Objects.requireNonNull(tone, "tone");
    }

    public static Header of(String title, String subtitle, Tone tone) {
        return new Header(title, subtitle, tone);
    }
}
