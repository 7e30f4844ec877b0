package org.arbot.cards;

import java.util.Objects;

/** A picture by absolute https URL (charts come from signed, expiring links), with its text alternative. */
public record Image(String url, String altText) implements Element {

    /** Slack's image_url limit; our own links are far shorter. */
    public static final int MAX_URL_CHARS = 3000;

    public Image {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(altText, "altText");
        if (!url.startsWith("https://") || url.length() > MAX_URL_CHARS) {
            throw new IllegalArgumentException("image url must be https and at most " + MAX_URL_CHARS + " characters: " + url);
        }
        if (altText.isBlank()) {
            throw new IllegalArgumentException("image " + url + " needs an alt text");
        }
    }

    public static Image of(String url, String altText) {
        return new Image(url, altText);
    }
}
