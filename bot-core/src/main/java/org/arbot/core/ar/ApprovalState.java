package org.arbot.core.ar;

/** A sales order's credit approval: waiting on a decision, released to fulfilment, or kept held. */
public enum ApprovalState {
    PENDING,
    APPROVED,
    DECLINED
}
