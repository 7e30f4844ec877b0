package org.arbot.core.cashapp;

/**
 * A customer a payment may come from: how the payer was recognised, and whether only a quoted invoice number points
 * to it (an unknown payer), in which case nothing is ever auto-applied.
 */
record Candidate(PayerMatch payer, CustomerAccount account, boolean byReferenceOnly) {
}
