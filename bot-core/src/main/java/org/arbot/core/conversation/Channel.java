package org.arbot.core.conversation;

/** Where a turn came from; answers are the same everywhere, only the rendering differs. */
public enum Channel {
    SLACK,
    TEAMS,
    CONSOLE,
    COMMAND_LINE
}
