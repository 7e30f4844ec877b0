package org.arbot.core.governance;

/** A workflow whose actions are governed: each has its own automation mode, thresholds and approval limits. */
public enum Workflow {
    CREDIT,
    CASH_APPLICATION,
    DEDUCTIONS,
    COLLECTIONS;

    /** The lower-case, hyphenated name used in settings and messages, e.g. {@code cash-application}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
