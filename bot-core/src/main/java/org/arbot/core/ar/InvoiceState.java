package org.arbot.core.ar;

/** Where an AR invoice stands; only posted and partially paid invoices can receive payments. */
public enum InvoiceState {
    DRAFT,
    POSTED,
    PARTIALLY_PAID,
    PAID,
    REVERSED;

    public boolean isOpen() {
        return this == POSTED || this == PARTIALLY_PAID;
    }
}
