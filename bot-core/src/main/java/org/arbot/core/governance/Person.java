package org.arbot.core.governance;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.arbot.core.money.Money;

/**
 * An arbot user: their chat identities, roles and approval limits.
 *
 * @param identities the ids the person has on each chat channel
 * @param limits the largest amount the person may approve, per workflow; a workflow missing here cannot be approved
 * @param intacctUser the Intacct user actions are recorded against, when linked
 * @param manager who receives the person's expired proposals
 */
public record Person(
        PersonId id,
        String name,
        Set<Role> roles,
        Set<ChatIdentity> identities,
        Map<Workflow, Money> limits,
        Optional<String> intacctUser,
        Optional<PersonId> manager) {

    public Person {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id.value() : name;
        roles = Set.copyOf(roles);
        identities = Set.copyOf(identities);
        limits = Map.copyOf(limits);
        Objects.requireNonNull(intacctUser, "intacctUser");
        Objects.requireNonNull(manager, "manager");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** Whether any of the person's roles decides proposals of the workflow. */
    public boolean decides(Workflow workflow) {
        return roles.stream().anyMatch(role -> role.decides(workflow));
    }

    /** Whose accounts are this person's own: a collector (not a manager) by their Intacct user; managers see the team's. */
    public Optional<org.arbot.core.ar.CollectorId> ownAccounts() {
        return has(Role.COLLECTOR) && !has(Role.AR_MANAGER)
                ? intacctUser.map(org.arbot.core.ar.CollectorId::of) : Optional.empty();
    }

    public Optional<Money> limit(Workflow workflow) {
        return Optional.ofNullable(limits.get(workflow));
    }
}
