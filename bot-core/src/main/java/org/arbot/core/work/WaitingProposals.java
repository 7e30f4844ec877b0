package org.arbot.core.work;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.Person;
import org.arbot.core.governance.Proposal;
import org.arbot.core.governance.Workflow;

/** The proposals waiting for a person: assigned to them, or to the queue of a workflow they decide; oldest first. */
public final class WaitingProposals {

    private final Function<Assignee, List<Proposal>> pending;

    /** @param pending the proposals a person or queue still has to decide ({@code Proposals::pendingFor}) */
    public WaitingProposals(Function<Assignee, List<Proposal>> pending) {
        this.pending = pending;
    }

    public List<Proposal> of(Person person) {
        Map<String, Proposal> byId = new LinkedHashMap<>();
        pending.apply(Assignee.person(person.id())).forEach(p -> byId.put(p.id().value(), p));
        for (Workflow workflow : Workflow.values()) {
            if (person.decides(workflow)) {
                pending.apply(Assignee.queueOf(workflow)).forEach(p -> byId.putIfAbsent(p.id().value(), p));
            }
        }
        return byId.values().stream().sorted(Comparator.comparing(Proposal::createdAt)).toList();
    }
}
