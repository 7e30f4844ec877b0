package org.arbot.app.cli;

import java.util.List;

/** The list of commands {@code arbot} ships; a new command is one class and one line here. */
final class StandardCommands {

    private StandardCommands() {
    }

    static List<Command> all() {
        return List.of(
                new VersionCommand());
    }
}
