package org.arbot.slack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import java.io.IOException;
import java.util.Optional;

/**
 * A click on a button that opens a modal, read from its {@code block_actions} payload: who, the trigger id the modal
 * needs, where the card is (a channel message, or the home tab) and the document the button names.
 */
record OpeningClick(String user, String triggerId, Optional<String> channel, Optional<String> messageTs, String value) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static OpeningClick of(BlockActionPayload payload) {
        BlockActionPayload.Container container = payload.getContainer();
        Optional<String> channel = Optional.ofNullable(payload.getChannel()).map(BlockActionPayload.Channel::getId)
                .or(() -> Optional.ofNullable(container).map(BlockActionPayload.Container::getChannelId));
        Optional<String> ts = Optional.ofNullable(container).map(BlockActionPayload.Container::getMessageTs);
        return new OpeningClick(payload.getUser().getId(), payload.getTriggerId(), channel.filter(s -> !s.isBlank()),
                ts.filter(s -> !s.isBlank()), payload.getActions().get(0).getValue());
    }

    /** The field of the button's value, e.g. {@code proposal} in {@code {"proposal": "..."}}. */
    Optional<String> named(String field) {
        try {
            return Optional.ofNullable(value).map(v -> {
                try {
                    return JSON.readTree(v).path(field).asText("");
                } catch (IOException e) {
                    return "";
                }
            }).filter(s -> !s.isBlank());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Where the modal's submission reports back. */
    ModalOrigin origin(String subject) {
        return new ModalOrigin(subject, channel, messageTs);
    }
}
