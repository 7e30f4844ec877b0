package org.arbot.slack;

import java.util.Optional;
import org.arbot.core.governance.Assignee;
import org.arbot.core.governance.ChatIdentity;
import org.arbot.core.governance.Channel;
import org.arbot.core.governance.People;
import org.arbot.core.governance.PersonId;
import org.arbot.core.work.FoundWork;

/**
 * Posts found work where it belongs: a queue's card to the channel configured for that queue, a person's card to
 * their direct messages (their Slack user id).
 */
public final class SlackWorkPoster {

    private final SlackMessages messages;
    private final SlackSettings settings;
    private final People people;

    public SlackWorkPoster(SlackMessages messages, SlackSettings settings, People people) {
        this.messages = messages;
        this.settings = settings;
        this.people = people;
    }

    /** Posts the card; empty when no channel or Slack user is known for its audience. */
    public Optional<String> post(FoundWork work) {
        return destination(work.audience()).map(channel -> messages.post(channel, work.card(), Optional.empty()));
    }

    Optional<String> destination(Assignee audience) {
        if (audience.kind() == Assignee.Kind.QUEUE) {
            return Optional.ofNullable(settings.channels().getOrDefault(audience.id(), settings.channels().get("default")));
        }
        return people.byId(PersonId.of(audience.id())).flatMap(p -> p.identities().stream()
                .filter(i -> i.channel() == Channel.SLACK).map(ChatIdentity::id).findFirst());
    }
}
