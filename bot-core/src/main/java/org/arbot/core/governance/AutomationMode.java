package org.arbot.core.governance;

/** How much a workflow may do on its own. */
public enum AutomationMode {
    /** Only inform: nothing is proposed and nothing is written. */
    MONITOR,
    /** Propose every action; a person approves each one. */
    ASSIST,
    /** Execute what is within the thresholds; propose the rest. */
    AUTO
}
