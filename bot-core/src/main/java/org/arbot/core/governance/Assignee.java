package org.arbot.core.governance;

import java.util.Objects;

/** Who is asked to decide a proposal: one person or a queue (a channel several people watch). */
public record Assignee(Kind kind, String id) {

    public enum Kind { PERSON, QUEUE }

    public Assignee {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("an assignee needs an id");
        }
    }

    public static Assignee person(PersonId person) {
        return new Assignee(Kind.PERSON, person.value());
    }

    public static Assignee queue(String name) {
        return new Assignee(Kind.QUEUE, name);
    }

    /** The default queue of a workflow, e.g. {@code queue:deductions}. */
    public static Assignee queueOf(Workflow workflow) {
        return queue(workflow.label());
    }

    /** Parses {@link #toString()}: {@code person:carla} or {@code queue:deductions}. */
    public static Assignee parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return queue(text);
        }
        return new Assignee(Kind.valueOf(text.substring(0, colon).toUpperCase(java.util.Locale.ROOT)), text.substring(colon + 1));
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
