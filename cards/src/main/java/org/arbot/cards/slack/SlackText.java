package org.arbot.cards.slack;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.arbot.cards.Abbreviation;

/**
 * Slack text objects within a length limit. In {@code mrkdwn}, {@code &}, {@code <} and {@code >} become entities and
 * the formatting characters {@code * _ ~ `} are fenced with zero-width spaces, and a {@code >} starting a line gets one
 * before it (Slack reads {@code &gt;} there as a quote), so literal text never turns into markup, quotes, links or
 * mentions.
 */
final class SlackText {

    private static final String ZWSP = "\u200B";
    private static final String ELLIPSIS = "\u2026";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SlackText() {
    }

    static ObjectNode plain(String text, int max) {
        return JSON.objectNode().put("type", "plain_text")
                .put("text", Abbreviation.abbreviate(Abbreviation.orDash(text), max)).put("emoji", true);
    }

    static ObjectNode mrkdwn(String markup, int max) {
        return JSON.objectNode().put("type", "mrkdwn").put("text", markup.length() <= max ? markup : cutMarkup(markup, max));
    }

    /** Literal text escaped for mrkdwn, at most {@code max} characters with the ellipsis. */
    static String escape(String text, int max) {
        String source = Abbreviation.orDash(text);
        var out = new StringBuilder();
        for (int i = 0; i < source.length(); ) {
            int cp = source.codePointAt(i);
            String piece = switch (cp) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> out.isEmpty() || out.charAt(out.length() - 1) == '\n' ? ZWSP + "&gt;" : "&gt;";
                case '*', '_', '~', '`' -> ZWSP + (char) cp + ZWSP;
                default -> new String(Character.toChars(cp));
            };
            i += Character.charCount(cp);
            boolean last = i >= source.length();
            if (out.length() + piece.length() + (last ? 0 : ELLIPSIS.length()) > max) {
                return out.toString().stripTrailing() + ELLIPSIS;
            }
            out.append(piece);
        }
        return out.toString();
    }

    /** Markup we built from escaped parts, cut at a line break or space so no entity or bold marker is split. */
    private static String cutMarkup(String markup, int max) {
        int end = max - ELLIPSIS.length();
        int line = markup.lastIndexOf('\n', end);
        if (line > 0) {
            return markup.substring(0, line) + "\n" + ELLIPSIS;
        }
        int space = markup.lastIndexOf(' ', end);
        String head = markup.substring(0, space > 0 ? space : 0);
        return (head.isEmpty() ? "" : head + " ") + ELLIPSIS;
    }
}
