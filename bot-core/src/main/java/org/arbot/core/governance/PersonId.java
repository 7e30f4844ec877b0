package org.arbot.core.governance;

import java.util.Objects;

/** An arbot user's id, e.g. {@code carla}; stable across chat channels. */
public record PersonId(String value) {

    public PersonId {
        Objects.requireNonNull(value, "person id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("person id must not be blank");
        }
    }

    public static PersonId of(String value) {
        return new PersonId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
