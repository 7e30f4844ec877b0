package org.arbot.core.conversation.answers;

import java.util.Optional;
import java.util.stream.Stream;
import org.arbot.core.governance.Channel;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.People;
import org.arbot.core.governance.Person;

/** The arbot user behind a chat actor id, whichever chat channel the id comes from. */
final class Askers {

    private final People people;

    Askers(People people) {
        this.people = people;
    }

    Optional<Person> of(String actor) {
        if (actor == null || actor.isBlank()) {
            return Optional.empty();
        }
        return Stream.of(Channel.SLACK, Channel.TEAMS, Channel.CONSOLE)
                .map(channel -> people.byIdentity(new ChatIdentity(channel, actor)))
                .flatMap(Optional::stream).findFirst();
    }
}
