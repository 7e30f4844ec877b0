package org.arbot.app.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/** Prints the version of arbot and of the Java runtime it runs on. */
final class VersionCommand implements Command {

    @Override
    public List<String> name() {
        return List.of("version");
    }

    @Override
    public String summary() {
        return "print arbot's version";
    }

    @Override
    public String usage() {
        return "Usage: arbot version\n\nPrints arbot's version and the Java runtime.";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (!args.isEmpty()) {
            throw new UsageException("version takes no arguments");
        }
        String version = Optional.ofNullable(getClass().getPackage().getImplementationVersion()).orElse("development build");
        out.println("arbot " + version + " (Java " + Runtime.version() + ")");
        return OK;
    }
}
