package org.arbot.cards;

/** Shortens text to a channel's limit, ending in an ellipsis and never splitting a surrogate pair. */
public final class Abbreviation {

    private static final String ELLIPSIS = "\u2026";

    private Abbreviation() {
    }

    /** {@code text} if it has at most {@code max} UTF-16 units, else its longest prefix that fits with "…" after it. */
    public static String abbreviate(String text, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max " + max + " leaves no room for an ellipsis");
        }
        if (text.length() <= max) {
            return text;
        }
        int end = max - ELLIPSIS.length();
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /** The text, or an em dash when it is blank: channels reject empty text objects. */
    public static String orDash(String text) {
        return text.isBlank() ? "\u2014" : text;
    }
}
