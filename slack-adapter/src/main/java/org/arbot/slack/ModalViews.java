package org.arbot.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.arbot.cards.Card;
import org.arbot.cards.Text;

/** The Block Kit JSON of arbot's modals and home tab: views, input blocks and their elements, within Slack's limits. */
final class ModalViews {

    static final int TITLE = 24;
    static final int OPTION_TEXT = 75;
    static final int MAX_OPTIONS = 100;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ModalViews() {
    }

    /** A modal whose submission comes back under {@code callbackId}, remembering {@code origin}. */
    static ObjectNode modal(String callbackId, String title, String submit, ModalOrigin origin, ArrayNode blocks) {
        ObjectNode view = JSON.objectNode().put("type", "modal").put("callback_id", callbackId);
        view.set("title", plain(title, TITLE));
        view.set("submit", plain(submit, TITLE));
        view.set("close", plain("Cancel", TITLE));
        view.put("private_metadata", origin.metadata());
        view.set("blocks", blocks);
        return view;
    }

    /** The home tab showing the card's blocks. */
    static ObjectNode home(ArrayNode blocks) {
        ObjectNode view = JSON.objectNode().put("type", "home");
        view.set("blocks", blocks);
        return view;
    }

    /** The blocks that show {@code text} as the card renderer shows a paragraph, escaped and cut to fit. */
    static ArrayNode paragraph(SlackMessages messages, String text) {
        return messages.blocks(Card.of(text, List.of(Text.of(text)), List.of()));
    }

    static ObjectNode input(String blockId, String label, ObjectNode element, boolean optional) {
        ObjectNode block = JSON.objectNode().put("type", "input").put("block_id", blockId);
        block.set("label", plain(label, 2000));
        block.set("element", element);
        block.put("optional", optional);
        return block;
    }

    static ObjectNode element(String type, String actionId) {
        return JSON.objectNode().put("type", type).put("action_id", actionId);
    }

    static ObjectNode textInput(String actionId, boolean multiline, String initial) {
        ObjectNode element = element("plain_text_input", actionId).put("multiline", multiline);
        if (initial != null && !initial.isEmpty()) {
            element.put("initial_value", initial);
        }
        return element;
    }

    static ObjectNode option(String text, String value) {
        ObjectNode option = JSON.objectNode();
        option.set("text", plain(text, OPTION_TEXT));
        option.put("value", value);
        return option;
    }

    static ObjectNode plain(String text, int max) {
        String cut = text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
        return JSON.objectNode().put("type", "plain_text").put("text", cut);
    }

    static ArrayNode array() {
        return JSON.arrayNode();
    }
}
