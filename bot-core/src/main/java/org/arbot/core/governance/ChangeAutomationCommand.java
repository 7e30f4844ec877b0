package org.arbot.core.governance;

import java.util.Objects;

/** A request to set a workflow's automation mode and thresholds. */
public record ChangeAutomationCommand(ChatIdentity actor, Channel channel, WorkflowPolicy policy) {

    public ChangeAutomationCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(policy, "policy");
    }
}
