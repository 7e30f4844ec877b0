package org.arbot.core.ar;

import java.util.Objects;

/** A customer's id in the ledger (Intacct's customer {@code id}, e.g. {@code CUST-1001}). */
public record CustomerId(String value) {

    public CustomerId {
        Objects.requireNonNull(value, "customer id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("customer id must not be blank");
        }
    }

    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    /** Written out because ids are hashed and compared constantly, before the JIT has compiled the generated ones. */
    @Override
    public boolean equals(Object o) {
        return o instanceof CustomerId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
