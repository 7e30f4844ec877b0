package org.arbot.cards.teams;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.arbot.cards.Abbreviation;

/**
 * Literal text as a {@code RichTextBlock} of one {@code TextRun}: hosts never read a text run as Markdown, so
 * {@code *}, {@code _} and {@code [..](..)} show as typed. Texts are cut to keep cards well inside Teams' message size.
 */
final class TeamsText {

    static final int TITLE = 300;
    /** As Slack's confirm dialog text, so both channels ask the same question. */
    static final int CONFIRM_TEXT = 300;
    /** As Slack's option text, so both channels show the same words. */
    static final int CHOICE = 75;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TeamsText() {
    }

    static ObjectNode block(String text, int max) {
        return block(run(text, max));
    }

    static ObjectNode block(ObjectNode run) {
        ObjectNode block = JSON.objectNode().put("type", "RichTextBlock");
        block.putArray("inlines").add(run);
        return block;
    }

    static ObjectNode run(String text, int max) {
        return JSON.objectNode().put("type", "TextRun")
                .put("text", Abbreviation.abbreviate(Abbreviation.orDash(text), max));
    }

    static ObjectNode bold(String text, int max) {
        return run(text, max).put("weight", "Bolder");
    }

    static ObjectNode subtle(String text, int max) {
        return run(text, max).put("isSubtle", true).put("size", "Small");
    }
}
