package org.arbot.cards.teams;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.arbot.cards.Abbreviation;
import org.arbot.cards.Card;
import org.arbot.cards.Element;
import org.arbot.cards.Note;
import org.arbot.cards.Text;

/**
 * Renders a card as an Adaptive Card, schema 1.5, for Teams: buttons are {@code Action.Execute} (verb = action id) with
 * an {@code Action.Submit} fallback, the plain-text fallback is both {@code fallbackText} and {@code speak}, and the only
 * host extension used is {@code msteams.width}.
 *
 * <p>Teams refuses messages over about 28 KB, so when a card would exceed {@value #MAX_BYTES} bytes its lists show
 * fewer rows per page (the rest stays reachable with "Show more"), and it shows fewer choices, fewer facts and
 * shorter texts; a card too big even then is sent as its header, its fallback text and its actions.
 */
public final class AdaptiveCardRenderer {

    /** The attachment content type that carries the card in a Bot Framework activity. */
    public static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";
    /** Room left under Teams' 28 KB message limit for the activity around the card. */
    public static final int MAX_BYTES = 24 * 1024;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The Adaptive Card (the attachment's {@code content}) showing {@code card}. */
    public ObjectNode render(Card card) {
        for (Fit fit : Fit.IN_ORDER) {
            ObjectNode rendered = render(card, fit);
            if (bytes(rendered) <= MAX_BYTES) {
                return rendered;
            }
        }
        return render(summary(card), Fit.IN_ORDER.get(Fit.IN_ORDER.size() - 1));
    }

    /** The last resort for a card too big even when squeezed: its header, its fallback text and its actions. */
    private static Card summary(Card card) {
        var body = new java.util.ArrayList<Element>();
        card.header().ifPresent(body::add);
        body.add(Text.of(card.fallbackText()));
        body.add(Note.of("Shortened: the full card is larger than Teams allows."));
        return Card.of(card.fallbackText(), body, card.actions());
    }

    private static int bytes(ObjectNode card) {
        try {
            return MAPPER.writeValueAsBytes(card).length;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rendered card cannot be written", e);
        }
    }

    private ObjectNode render(Card card, Fit fit) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        root.put("type", "AdaptiveCard");
        root.put("version", "1.5");
        String fallback = Abbreviation.abbreviate(card.fallbackText(), 1000);
        root.put("fallbackText", fallback);
        root.put("speak", fallback);
        ArrayNode body = root.putArray("body");
        for (Element e : card.body()) {
            body.addAll(TeamsElements.of(e, fit));
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
