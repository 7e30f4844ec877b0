package org.arbot.core.conversation;

import java.util.Objects;

/** What the user did in a turn: typed something (a message, a mention, a slash command) or pressed a button. */
public sealed interface TurnInput {

    /** Free text as the channel delivered it, mentions and slash-command prefixes included. */
    record Said(String text) implements TurnInput {
        public Said {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A button press or form submit.
     *
     * @param action the card action id, e.g. {@code approve}
     * @param value what the button carries, e.g. the proposal or order id; may be empty
     */
    record Pressed(String action, String value) implements TurnInput {
        public Pressed {
            Objects.requireNonNull(action, "action");
            value = value == null ? "" : value;
        }
    }
}
