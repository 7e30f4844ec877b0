package org.arbot.core.ar;

import java.util.Objects;

/** A received payment's record key in the ledger. */
public record PaymentId(String value) {

    public PaymentId {
        Objects.requireNonNull(value, "payment id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("payment id must not be blank");
        }
    }

    public static PaymentId of(String value) {
        return new PaymentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
