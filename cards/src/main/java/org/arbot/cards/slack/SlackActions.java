package org.arbot.cards.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.arbot.cards.Action;
import org.arbot.cards.ActionStyle;
import org.arbot.cards.Confirmation;

/** Buttons: {@code action_id} is the action id, {@code value} the payload as a JSON object. */
final class SlackActions {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SlackActions() {
    }

    static ObjectNode block(List<Action> actions) {
        ArrayNode elements = JSON.arrayNode();
        actions.forEach(a -> elements.add(button(a)));
        ObjectNode block = JSON.objectNode().put("type", "actions");
        block.set("elements", elements);
        return block;
    }

    static ObjectNode button(Action action) {
        ObjectNode button = JSON.objectNode().put("type", "button");
        button.set("text", SlackText.plain(action.title(), SlackLimits.BUTTON_TEXT));
        button.put("action_id", action.id().value());
        button.put("value", value(action));
        if (action.style() != ActionStyle.DEFAULT) {
            button.put("style", action.style() == ActionStyle.PRIMARY ? "primary" : "danger");
        }
        action.confirmation().ifPresent(c -> button.set("confirm", confirm(c, action.style())));
        return button;
    }

    private static String value(Action action) {
        try {
            String value = MAPPER.writeValueAsString(action.payload());
            if (value.length() > SlackLimits.BUTTON_VALUE) {
                throw new IllegalStateException("payload of " + action.id() + " does not fit a Slack button value");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("payload of " + action.id() + " cannot be written", e);
        }
    }

    private static ObjectNode confirm(Confirmation c, ActionStyle style) {
        ObjectNode confirm = JSON.objectNode();
        confirm.set("title", SlackText.plain(c.title(), SlackLimits.CONFIRM_TITLE));
        confirm.set("text", SlackText.plain(c.text(), SlackLimits.CONFIRM_TEXT));
        confirm.set("confirm", SlackText.plain(c.confirm(), SlackLimits.CONFIRM_BUTTON));
        confirm.set("deny", SlackText.plain(c.deny(), SlackLimits.CONFIRM_BUTTON));
        if (style == ActionStyle.DANGER) {
            confirm.put("style", "danger");
        }
        return confirm;
    }
}
