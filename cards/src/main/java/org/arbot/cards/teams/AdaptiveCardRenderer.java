package org.arbot.cards.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.arbot.cards.Abbreviation;
import org.arbot.cards.Card;
import org.arbot.cards.Element;

/**
 * Renders a card as an Adaptive Card, schema 1.5, for Teams: buttons are {@code Action.Execute} (verb = action id) with
 * an {@code Action.Submit} fallback, the plain-text fallback is both {@code fallbackText} and {@code speak}, and the only
 * host extension used is {@code msteams.width}.
 */
public final class AdaptiveCardRenderer {

    /** The attachment content type that carries the card in a Bot Framework activity. */
    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The Adaptive Card (the attachment's {@code content}) showing {@code card}. */
    public ObjectNode render(Card card) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        root.put("type", "AdaptiveCard");
        root.put("version", "1.5");
        String fallback = Abbreviation.abbreviate(card.fallbackText(), 1000);
        root.put("fallbackText", fallback);
        root.put("speak", fallback);
        ArrayNode body = root.putArray("body");
        for (Element e : card.body()) {
            body.addAll(TeamsElements.of(e));
        }
        if (!card.actions().isEmpty()) {
            root.set("actions", TeamsActions.all(card.actions()));
        }
        root.putObject("msteams").put("width", "Full");
        return root;
    }

    /** The same card as a JSON string. */
    public String renderJson(Card card) {
        try {
            return MAPPER.writeValueAsString(render(card));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rendered card cannot be written", e);
        }
    }
}
