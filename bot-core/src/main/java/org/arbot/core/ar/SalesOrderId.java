package org.arbot.core.ar;

import java.util.Objects;

/** A sales order's document id in order entry (e.g. {@code SO-0042}). */
public record SalesOrderId(String value) {

    public SalesOrderId {
        Objects.requireNonNull(value, "sales order id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("sales order id must not be blank");
        }
    }

    public static SalesOrderId of(String value) {
        return new SalesOrderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
