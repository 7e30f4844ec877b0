package org.arbot.core.governance;

import java.util.List;
import java.util.Optional;

/** The arbot users, found by id or by a chat identity. */
public interface People {

    Optional<Person> byId(PersonId id);

    Optional<Person> byIdentity(ChatIdentity identity);

    List<Person> all();
}
