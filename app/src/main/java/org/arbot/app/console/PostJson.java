package org.arbot.app.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.arbot.cards.teams.AdaptiveCardRenderer;

/** A post as the page reads it: the card as the same Adaptive Card JSON that Teams receives. */
final class PostJson {

    private final ObjectMapper mapper;
    private final AdaptiveCardRenderer renderer = new AdaptiveCardRenderer();

    PostJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Makes the console's chart links relative, so the page fetches them from the app that serves it. */
    private static JsonNode sameOrigin(JsonNode node) {
        if (node instanceof ObjectNode object && object.path("url").asText("").startsWith(TreasuryAlerts.SAME_ORIGIN + "/")) {
            object.put("url", object.path("url").asText().substring(TreasuryAlerts.SAME_ORIGIN.length()));
        }
        node.forEach(PostJson::sameOrigin);
        return node;
    }

    ObjectNode of(ConsolePost post) {
        ObjectNode json = mapper.createObjectNode();
        json.put("id", post.id());
        json.put("author", post.author());
        json.put("at", post.at().toString());
        json.put("text", post.text());
        post.card().ifPresent(card -> json.set("card", sameOrigin(renderer.render(card))));
        post.replyTo().ifPresent(id -> json.put("replyTo", id));
        return json;
    }
}
