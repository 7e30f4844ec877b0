package org.arbot.cards.slack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.arbot.cards.Card;
import org.arbot.cards.Element;
import org.arbot.cards.Items;

/**
 * Renders a card as the body of Slack's {@code chat.postMessage} / {@code chat.update}: {@code text} (the notification
 * fallback) and {@code blocks}, within every Block Kit limit whatever the card holds.
 *
 * <p>Work lists get the blocks that the rest of the card leaves free (at most 50 in a message); rows that do not fit
 * are reached with "Show more". Texts are escaped and cut with an ellipsis.
 */
public final class SlackBlockKitRenderer {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The {@code text} and {@code blocks} of a message showing {@code card}. */
    public ObjectNode render(Card card) {
        ObjectNode message = MAPPER.createObjectNode();
        message.put("text", SlackText.escape(card.fallbackText(), SlackLimits.MESSAGE_TEXT));
        ArrayNode blocks = message.putArray("blocks");
        int free = SlackLimits.BLOCKS_PER_MESSAGE - (card.actions().isEmpty() ? 0 : 1);
        for (Element e : card.body()) {
            free -= SlackBlocks.fixedCount(e);
        }
        for (Element e : card.body()) {
            int itemRoom = free / SlackItems.BLOCKS_PER_ITEM;
            var rendered = SlackBlocks.of(e, itemRoom);
            if (e instanceof Items) {
                free -= rendered.size() - SlackBlocks.fixedCount(e);
            }
            blocks.addAll(rendered);
        }
        if (!card.actions().isEmpty()) {
            blocks.add(SlackActions.block(card.actions()));
        }
        return message;
    }

    /** The same message as a JSON string. */
    public String renderJson(Card card) {
        try {
            return MAPPER.writeValueAsString(render(card));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a rendered card cannot be written", e);
        }
    }
}
