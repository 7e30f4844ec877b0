package org.arbot.core.cashapp;

import org.arbot.core.ar.CustomerId;

/** A customer a payer may be, how likely (0..1) and why. */
public record PayerMatch(CustomerId customerId, double score, String evidence) {
}
