package org.arbot.core.conversation.llm;

import java.util.List;
import java.util.Objects;

/** A tool offered to the {@link LanguageModel}: its name, what it does, and its string parameters. */
public record ToolDescription(String name, String description, List<Parameter> parameters) {

    public ToolDescription {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
    }

    /**
     * One string parameter.
     *
     * @param allowed the only values accepted, or empty for free text
     */
    public record Parameter(String name, String description, boolean required, List<String> allowed) {
        public Parameter {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            allowed = List.copyOf(allowed);
        }
    }
}
