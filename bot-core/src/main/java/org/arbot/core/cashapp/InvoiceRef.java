package org.arbot.core.cashapp;

/**
 * A number in the reference or remittance that may be an invoice number, with the amount written next to it.
 *
 * @param key the digits without leading zeros, the form invoice numbers are indexed by
 * @param paidCents the amount written after it in minor units, or -1 when none is
 * @param at where it starts in the text read
 */
record InvoiceRef(String key, String raw, long paidCents, int at) {

    boolean hasAmount() {
        return paidCents >= 0;
    }
}
