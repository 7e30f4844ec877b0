package org.arbot.core.conversation.llm;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One message of an exchange with a {@link LanguageModel}, in the order the model reads them. */
public sealed interface ModelMessage {

    /** What the model is and the rules it follows; sent first. */
    record Instructions(String text) implements ModelMessage {
        public Instructions {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The user's words (with the conversation's focus), personal data already hidden. */
    record FromUser(String text) implements ModelMessage {
        public FromUser {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The model's turn: tool calls to run, or, when there are none, its final text. */
    record FromModel(String text, List<ToolCall> calls) implements ModelMessage {
        public FromModel {
            text = text == null ? "" : text;
            calls = List.copyOf(calls);
        }

        public static FromModel saying(String text) {
            return new FromModel(text, List.of());
        }
    }

    /** What a tool returned for one call, personal data hidden and customer-written text quoted. */
    record ToolResult(ToolCall call, String text) implements ModelMessage {
        public ToolResult {
            Objects.requireNonNull(call, "call");
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A tool call the model asked for.
     *
     * @param id the model's id for the call, echoed in its {@link ToolResult}
     * @param arguments argument values as strings, by parameter name
     */
    record ToolCall(String id, String name, Map<String, String> arguments) {
        public ToolCall {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            arguments = Map.copyOf(arguments);
        }
    }
}
