package org.arbot.core.ar;

import java.util.Objects;

/** A bank-feed line's id (a bank transaction, a lockbox item or a line of a bank file). */
public record BankLineId(String value) {

    public BankLineId {
        Objects.requireNonNull(value, "bank line id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("bank line id must not be blank");
        }
    }

    public static BankLineId of(String value) {
        return new BankLineId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
