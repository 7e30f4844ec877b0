package org.arbot.core.governance;

/** Where a person or the bot acted from. */
public enum Channel {
    SLACK,
    TEAMS,
    CONSOLE,
    CLI,
    /** The bot itself: agents, schedules and the outbox worker. */
    SYSTEM
}
