package org.arbot.core.cashapp;

import java.util.List;

/**
 * What a bank line's reference and remittance text say: the invoice numbers and PO numbers quoted, amounts written
 * next to them, and whether the payer calls it a partial payment.
 */
record Remittance(List<InvoiceRef> refs, List<String> poNumbers, boolean partial, String explanation) {

    /** The remittance text when there is one, else the reference: where a payer explains a deduction. */
    static String explanation(String reference, String remittance) {
        return remittance.isBlank() ? reference : remittance;
    }

    boolean isEmpty() {
        return refs.isEmpty() && poNumbers.isEmpty();
    }
}
