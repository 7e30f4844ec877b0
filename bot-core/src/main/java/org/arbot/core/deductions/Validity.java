package org.arbot.core.deductions;

/** Whether a deduction stands: backed by a document, contradicted by the evidence, or for a person to judge. */
public enum Validity {
    /** Matches an open credit, an agreed promotion or a documented return, or terms that allow it. */
    VALID,
    /** The evidence contradicts it (a discount taken after its window, freight on prepaid terms). */
    INVALID,
    NEEDS_REVIEW
}
