package org.arbot.core.governance;

/** What became of a request to change a workflow's automation. */
public sealed interface AutomationChange {

    record AutomationChanged(WorkflowPolicy before, WorkflowPolicy after) implements AutomationChange {
    }

    record AutomationChangeRefused(String reason) implements AutomationChange {
    }
}
