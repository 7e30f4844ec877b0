package org.arbot.core.conversation.answers;

import java.util.List;
import java.util.Optional;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Person;
import org.arbot.core.governance.PersonId;

/** No arbot users: every asker is answered as a guest, so lists cover the whole team. */
enum NobodyKnown implements People {
    INSTANCE;

    @Override
    public Optional<Person> byId(PersonId id) {
        return Optional.empty();
    }

    @Override
    public Optional<Person> byIdentity(ChatIdentity identity) {
        return Optional.empty();
    }

    @Override
    public List<Person> all() {
        return List.of();
    }
}
