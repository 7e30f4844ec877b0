package org.arbot.app.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.arbot.core.conversation.Clarification;
import org.arbot.core.conversation.ConversationId;
import org.arbot.core.conversation.ConversationState;
import org.arbot.core.conversation.Entity;
import org.arbot.core.conversation.Intent;
import org.arbot.core.conversation.PendingAction;

/** Writes and reads {@link ConversationState} as JSON with explicit field names, so stored state survives refactoring. */
final class StateJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private StateJson() {
    }

    static String write(ConversationState state) {
        ObjectNode root = JSON.createObjectNode();
        state.customer().ifPresent(c -> root.put("customer", c));
        state.document().ifPresent(d -> root.put("document", d));
        state.pending().ifPresent(p -> {
            ObjectNode pending = root.putObject("pending");
            pending.put("intent", p.intent().name());
            pending.set("entities", entities(p.entities()));
            pending.put("question", p.question());
        });
        state.clarification().ifPresent(c -> {
            ObjectNode question = root.putObject("clarification");
            question.put("intent", c.intent().name());
            question.set("entities", entities(c.entities()));
            c.choices().forEach(choice -> question.withArray("choices").addObject()
                    .put("customerId", choice.customerId()).put("name", choice.name()));
        });
        state.lastIntent().ifPresent(i -> root.put("lastIntent", i.name()));
        root.put("lastAnswer", state.lastAnswer());
        state.seenTurns().forEach(root.withArray("seenTurns")::add);
        return root.toString();
    }

    static ConversationState read(ConversationId id, long version, String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("conversation " + id + " holds unreadable state: " + e.getOriginalMessage(), e);
        }
        Optional<PendingAction> pending = Optional.ofNullable(root.get("pending")).map(p -> new PendingAction(
                Intent.valueOf(p.get("intent").asText()), entities(p.get("entities")), p.get("question").asText()));
        Optional<Clarification> clarification = Optional.ofNullable(root.get("clarification")).map(c -> {
            List<Clarification.Choice> choices = new ArrayList<>();
            c.path("choices").forEach(n -> choices.add(new Clarification.Choice(n.get("customerId").asText(),
                    n.get("name").asText())));
            return new Clarification(Intent.valueOf(c.get("intent").asText()), entities(c.get("entities")), choices);
        });
        List<String> seen = new ArrayList<>();
        root.path("seenTurns").forEach(n -> seen.add(n.asText()));
        return new ConversationState(id, version, text(root, "customer"), text(root, "document"), pending, clarification,
                text(root, "lastIntent").map(Intent::valueOf), root.path("lastAnswer").asText(""), seen);
    }

    private static Optional<String> text(JsonNode root, String field) {
        return Optional.ofNullable(root.get(field)).map(JsonNode::asText);
    }

    private static ObjectNode entities(Map<Entity, String> entities) {
        ObjectNode node = JSON.createObjectNode();
        entities.forEach((entity, value) -> node.put(entity.key(), value));
        return node;
    }

    private static Map<Entity, String> entities(JsonNode node) {
        Map<Entity, String> entities = new EnumMap<>(Entity.class);
        if (node != null) {
            node.fields().forEachRemaining(f -> Entity.byKey(f.getKey()).ifPresent(e -> entities.put(e, f.getValue().asText())));
        }
        return entities;
    }
}
