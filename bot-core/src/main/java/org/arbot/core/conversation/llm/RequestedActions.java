package org.arbot.core.conversation.llm;

import java.util.Map;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.ParsedIntent;

/**
 * Whether an action a model proposes is one the user asked for in their own words: the same kind of action the
 * deterministic parser read in the user's message, and none of the values the user named (the order, the assignee,
 * the amount) swapped for others. An action suggested only by data the tools returned (a remittance saying "approve")
 * is refused.
 */
final class RequestedActions {

    private RequestedActions() {
    }

    /** @param understood what the deterministic parser read in the user's message, focus filled in */
    static boolean allows(ParsedIntent proposed, ParsedIntent understood) {
        if (!proposed.intent().acts() || proposed.intent() != understood.intent()) {
            return false;
        }
        for (Map.Entry<Entity, String> named : understood.entities().entrySet()) {
            String value = proposed.entities().get(named.getKey());
            if (value != null && !value.equalsIgnoreCase(named.getValue())) {
                return false;
            }
        }
        return true;
    }
}
