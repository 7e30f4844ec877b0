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

    @Override
    public String toString() {
        return value;
    }
}
