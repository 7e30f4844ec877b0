package org.arbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;

/**
 * What a modal was opened about and from where, kept in the view's {@code private_metadata}: Slack sends no channel
 * with a submission, so this is how the card that opened it is updated afterwards.
 *
 * @param subject the proposal id or customer id the modal acts on
 * @param channel the channel of the card clicked; empty when it was clicked on the home tab
 * @param messageTs the card's message ts; empty on the home tab
 */
record ModalOrigin(String subject, Optional<String> channel, Optional<String> messageTs) {

    private static final ObjectMapper JSON = new ObjectMapper();

    String metadata() {
        ObjectNode node = JSON.createObjectNode().put("subject", subject);
        channel.ifPresent(c -> node.put("channel", c));
        messageTs.ifPresent(ts -> node.put("ts", ts));
        return node.toString();
    }

    static ModalOrigin of(String metadata) {
        try {
            JsonNode node = JSON.readTree(metadata == null || metadata.isBlank() ? "{}" : metadata);
            return new ModalOrigin(node.path("subject").asText(""), text(node, "channel"), text(node, "ts"));
        } catch (IOException e) {
            return new ModalOrigin("", Optional.empty(), Optional.empty());
        }
    }

    private static Optional<String> text(JsonNode node, String field) {
        return Optional.ofNullable(node.get(field)).map(JsonNode::asText).filter(s -> !s.isBlank());
    }
}
