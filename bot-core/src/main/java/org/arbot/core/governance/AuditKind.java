package org.arbot.core.governance;

/** The kinds of audit entries. */
public enum AuditKind {
    /** An agent's decision under the workflow's policy: inputs, rule hits, confidence, reasons, the verdict. */
    DECISION,
    /** A person approved, declined or reassigned a proposal, or snoozed an account or alert. */
    HUMAN_ACTION,
    /** A person's action refused for their role or limit, or a click on a proposal already decided. */
    REFUSAL,
    /** An automation mode or threshold changed. */
    MODE_CHANGE,
    /** A proposal expired and was escalated. */
    EXPIRY,
    /** A call to the ledger: operation, request id (idempotency key), outcome. */
    LEDGER_CALL
}
