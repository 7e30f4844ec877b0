package org.arbot.core.governance;

import java.util.Objects;

/**
 * A person as a chat channel knows them: a Slack user id ({@code U024BE7LH}), a Teams AAD object id, or a console login.
 */
public record ChatIdentity(Channel channel, String id) {

    public ChatIdentity {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new IllegalArgumentException("a chat identity needs an id");
        }
    }

    public static ChatIdentity slack(String userId) {
        return new ChatIdentity(Channel.SLACK, userId);
    }

    public static ChatIdentity teams(String aadObjectId) {
        return new ChatIdentity(Channel.TEAMS, aadObjectId);
    }

    public static ChatIdentity console(String login) {
        return new ChatIdentity(Channel.CONSOLE, login);
    }

    @Override
    public String toString() {
        return channel.name().toLowerCase(java.util.Locale.ROOT) + ":" + id;
    }
}
