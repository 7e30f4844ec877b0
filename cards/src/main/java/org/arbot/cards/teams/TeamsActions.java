package org.arbot.cards.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.arbot.cards.Action;
import org.arbot.cards.ActionStyle;
import org.arbot.cards.Confirmation;

/**
 * {@code Action.Execute} with the action id as {@code verb} and the payload plus {@code "action": id} as {@code data},
 * falling back to an equivalent {@code Action.Submit} on clients before Universal Actions. A confirmation becomes an
 * {@code Action.ShowCard} whose inline card asks the question and holds the real action.
 */
final class TeamsActions {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private TeamsActions() {
    }

    static ArrayNode all(List<Action> actions) {
        ArrayNode array = JSON.arrayNode();
        actions.forEach(a -> array.add(of(a)));
        return array;
    }

    static ObjectNode set(List<Action> actions) {
        ObjectNode set = JSON.objectNode().put("type", "ActionSet");
        set.set("actions", all(actions));
        return set;
    }

    static ObjectNode of(Action action) {
        return action.confirmation().map(c -> confirming(action, c)).orElseGet(() -> execute(action, action.title()));
    }

    private static ObjectNode execute(Action action, String title) {
        ObjectNode submit = common("Action.Submit", action, title);
        ObjectNode execute = common("Action.Execute", action, title).put("verb", action.id().value());
        execute.set("fallback", submit);
        return execute;
    }

    private static ObjectNode common(String type, Action action, String title) {
        ObjectNode node = JSON.objectNode().put("type", type)
                .put("title", org.arbot.cards.Abbreviation.abbreviate(title, 80));
        ObjectNode data = node.putObject("data");
        data.put(Action.ACTION_KEY, action.id().value());
        action.payload().forEach(data::put);
        if (action.style() != ActionStyle.DEFAULT) {
            node.put("style", action.style() == ActionStyle.PRIMARY ? "positive" : "destructive");
        }
        return node;
    }

    private static ObjectNode confirming(Action action, Confirmation c) {
        ObjectNode card = JSON.objectNode().put("type", "AdaptiveCard");
        card.putArray("body")
                .add(TeamsText.block(TeamsText.bold(c.title(), TeamsText.TITLE)))
                .add(TeamsText.block(c.text(), TeamsText.CONFIRM_TEXT));
        card.putArray("actions").add(execute(action, c.confirm()));
        ObjectNode show = JSON.objectNode().put("type", "Action.ShowCard")
                .put("title", org.arbot.cards.Abbreviation.abbreviate(action.title(), 80));
        if (action.style() != ActionStyle.DEFAULT) {
            show.put("style", action.style() == ActionStyle.PRIMARY ? "positive" : "destructive");
        }
        show.set("card", card);
        return show;
    }
}
