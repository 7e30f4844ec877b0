package org.arbot.app;

import org.arbot.app.cli.CommandLine;
import org.springframework.boot.SpringApplication;

/**
 * The one entry point of {@code arbot.jar}: a command name as the first argument runs that command without starting
 * the server; no arguments, or only Spring-style options ({@code --server.port=9090}), start the server.
 */
public final class Arbot {

    private Arbot() {
    }

    public static void main(String[] args) {
        if (CommandLine.isCommand(args)) {
            System.exit(CommandLine.standard().run(args, System.out, System.err));
        }
        SpringApplication.run(ArbotApplication.class, args);
    }
}
