package org.arbot.core.cashapp;

import java.util.List;

/**
 * What a bank line's reference and remittance text say: the invoice numbers and PO numbers quoted, amounts written
 * next to them, and whether the payer calls it a partial payment.
 */
record Remittance(List<InvoiceRef> refs, List<String> poNumbers, boolean partial, String text) {

    boolean isEmpty() {
        return refs.isEmpty() && poNumbers.isEmpty();
    }
}
