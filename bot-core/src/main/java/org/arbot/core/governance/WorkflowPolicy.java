package org.arbot.core.governance;

import java.util.Objects;

/** The automation mode and thresholds in force for one workflow. */
public record WorkflowPolicy(Workflow workflow, AutomationMode mode, Thresholds thresholds) {

    public WorkflowPolicy {
        Objects.requireNonNull(workflow, "workflow");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(thresholds, "thresholds");
    }
}
