package org.arbot.core.ar;

import java.util.Objects;

/** The person who owns a customer's collections (an Intacct user or employee id). */
public record CollectorId(String value) {

    public CollectorId {
        Objects.requireNonNull(value, "collector id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("collector id must not be blank");
        }
    }

    public static CollectorId of(String value) {
        return new CollectorId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
