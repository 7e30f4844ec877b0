package org.arbot.core.money;

/** Thrown when arithmetic or a comparison would mix two currencies. */
public final class CurrencyMismatchException extends IllegalArgumentException {

    CurrencyMismatchException(Money left, Money right) {
        super("cannot combine " + left + " with " + right + ": currencies differ");
    }
}
