package org.arbot.cards.slack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.arbot.cards.Abbreviation;
import org.arbot.cards.Option;
import org.arbot.cards.Select;
import org.arbot.cards.TextInput;

/** Input blocks whose {@code block_id} and {@code action_id} are the input's id, so state values are keyed by it. */
final class SlackInputs {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SlackInputs() {
    }

    static ObjectNode text(TextInput input) {
        ObjectNode element = JSON.objectNode().put("type", "plain_text_input").put("action_id", input.id())
                .put("multiline", input.multiline());
        if (!input.placeholder().isBlank()) {
            element.set("placeholder", SlackText.plain(input.placeholder(), SlackLimits.PLACEHOLDER));
        }
        if (!input.initialValue().isEmpty()) {
            element.put("initial_value", Abbreviation.abbreviate(input.initialValue(), SlackLimits.SECTION_TEXT));
        }
        return block(input.id(), input.label(), element);
    }

    static ObjectNode select(Select select) {
        ObjectNode element = JSON.objectNode()
                .put("type", select.multiple() ? "multi_static_select" : "static_select").put("action_id", select.id());
        element.set("placeholder", SlackText.plain(select.multiple() ? "Choose one or more" : "Choose one",
                SlackLimits.PLACEHOLDER));
        ArrayNode options = element.putArray("options");
        ArrayNode initial = JSON.arrayNode();
        for (Option o : select.options()) {
            ObjectNode option = option(o);
            options.add(option);
            if (select.selected().contains(o.value())) {
                initial.add(option.deepCopy());
            }
        }
        if (!initial.isEmpty()) {
            if (select.multiple()) {
                element.set("initial_options", initial);
            } else {
                element.set("initial_option", initial.get(0));
            }
        }
        return block(select.id(), select.label(), element);
    }

    private static ObjectNode option(Option o) {
        ObjectNode option = JSON.objectNode();
        option.set("text", SlackText.plain(o.title(), SlackLimits.OPTION_TEXT));
        option.put("value", o.value());
        return option;
    }

    private static ObjectNode block(String id, String label, ObjectNode element) {
        ObjectNode block = JSON.objectNode().put("type", "input").put("block_id", id);
        block.set("label", SlackText.plain(label, SlackLimits.INPUT_LABEL));
        block.set("element", element);
        block.put("optional", true);
        return block;
    }
}
