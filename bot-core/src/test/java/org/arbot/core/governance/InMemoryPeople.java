package org.arbot.core.governance;

import java.util.List;
import java.util.Optional;

/** A fixed list of people, for tests. */
public record InMemoryPeople(List<Person> all) implements People {

    public InMemoryPeople {
        all = List.copyOf(all);
    }

    @Override
    public Optional<Person> byId(PersonId id) {
        return all.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Person> byIdentity(ChatIdentity identity) {
        return all.stream().filter(p -> p.identities().contains(identity)).findFirst();
    }
}
