package org.arbot.core.conversation;

import java.util.Map;
import java.util.Objects;

/** An action the bot proposed and is waiting for the same conversation to confirm ("yes") or cancel ("no"). */
public record PendingAction(Intent intent, Map<Entity, String> entities, String question) {

    public PendingAction {
        Objects.requireNonNull(intent, "intent");
        entities = Map.copyOf(entities);
        Objects.requireNonNull(question, "question");
    }
}
