package org.arbot.core.governance;

import java.util.Set;

/** What a person may do in arbot; approval limits per workflow narrow it further. */
public enum Role {
    COLLECTOR(Set.of(Workflow.CASH_APPLICATION, Workflow.DEDUCTIONS, Workflow.COLLECTIONS)),
    CREDIT_MANAGER(Set.of(Workflow.CREDIT)),
    AR_MANAGER(Set.of(Workflow.values())),
    TREASURY(Set.of(Workflow.CASH_APPLICATION)),
    VIEWER(Set.of()),
    ADMIN(Set.of());

    private final Set<Workflow> decides;

    Role(Set<Workflow> decides) {
        this.decides = decides;
    }

    /** Whether this role may approve, decline or reassign proposals of the workflow (within the person's limit). */
    public boolean decides(Workflow workflow) {
        return decides.contains(workflow);
    }
}
