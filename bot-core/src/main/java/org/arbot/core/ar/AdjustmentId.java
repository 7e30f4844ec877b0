package org.arbot.core.ar;

import java.util.Objects;

/** An AR adjustment's record key (credit or debit memo). */
public record AdjustmentId(String value) {

    public AdjustmentId {
        Objects.requireNonNull(value, "adjustment id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("adjustment id must not be blank");
        }
    }

    public static AdjustmentId of(String value) {
        return new AdjustmentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
