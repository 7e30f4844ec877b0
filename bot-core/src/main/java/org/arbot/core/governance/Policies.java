package org.arbot.core.governance;

/** The automation mode and thresholds in force per workflow: the stored ones, else the configured defaults. */
public interface Policies {

    WorkflowPolicy policy(Workflow workflow);

    /** Stores a changed policy; joins the caller's transaction. */
    void save(WorkflowPolicy policy);
}
