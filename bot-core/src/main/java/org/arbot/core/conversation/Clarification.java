package org.arbot.core.conversation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** A question the bot asked because a name matched several customers; the answer resumes {@code intent}. */
public record Clarification(Intent intent, Map<Entity, String> entities, List<Choice> choices) {

    /** One customer offered as an answer. */
    public record Choice(String customerId, String name) {
        public Choice {
            Objects.requireNonNull(customerId, "customerId");
            Objects.requireNonNull(name, "name");
        }
    }

    public Clarification {
        Objects.requireNonNull(intent, "intent");
        entities = Map.copyOf(entities);
        choices = List.copyOf(choices);
    }
}
