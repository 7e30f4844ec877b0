package org.arbot.core.ar;

import java.util.Objects;

/** An AR invoice's record key in the ledger; the number printed on the invoice is {@link Invoice#number()}. */
public record InvoiceId(String value) {

    public InvoiceId {
        Objects.requireNonNull(value, "invoice id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("invoice id must not be blank");
        }
    }

    public static InvoiceId of(String value) {
        return new InvoiceId(value);
    }

    /** Written out because ids are hashed and compared constantly, before the JIT has compiled the generated ones. */
    @Override
    public boolean equals(Object o) {
        return o instanceof InvoiceId other && value.equals(other.value);
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
