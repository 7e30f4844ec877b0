package org.arbot.app.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the command named by the arguments and runs it; prints help for {@code help}, {@code --help} or no match. */
public final class CommandLine {

    private final List<Command> commands;

    CommandLine(List<Command> commands) {
        this.commands = commands.stream()
                .sorted(Comparator.comparing((Command c) -> c.name().size()).reversed())
                .toList();
    }

    /** Every command arbot ships. */
    public static CommandLine standard() {
        return new CommandLine(StandardCommands.all());
    }

    /**
     * Whether the arguments ask for a command rather than the server: the first argument is a word, not an option.
     * {@code --help} alone is a command too (it lists them).
     */
    public static boolean isCommand(String[] args) {
        if (args.length == 0) {
            return false;
        }
        String first = args[0];
        return !first.startsWith("-") || first.equals("--help") || first.equals("-h");
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        List<String> words = Arrays.asList(args);
        if (words.isEmpty() || isHelp(words.get(0)) || words.get(0).equals("help") && words.size() == 1) {
            printCommands(out);
            return Command.OK;
        }
        if (words.get(0).equals("help")) {
            return run(withHelpFlag(words.subList(1, words.size())), out, err);
        }
        Optional<Command> match = commands.stream().filter(c -> startsWith(words, c.name())).findFirst();
        if (match.isEmpty()) {
            err.println("arbot: unknown command '" + String.join(" ", words.subList(0, Math.min(2, words.size()))) + "'");
            printCommands(err);
            return Command.USAGE;
        }
        Command command = match.get();
        List<String> rest = words.subList(command.name().size(), words.size());
        if (rest.stream().anyMatch(CommandLine::isHelp)) {
            out.println(command.usage());
            return Command.OK;
        }
        try {
            return command.run(rest, out, err);
        } catch (UsageException e) {
            err.println("arbot " + String.join(" ", command.name()) + ": " + e.getMessage());
            err.println(command.usage());
            return Command.USAGE;
        } catch (RuntimeException e) {
            err.println("arbot " + String.join(" ", command.name()) + ": " + e.getMessage());
            return Command.FAILED;
        }
    }

    private void printCommands(PrintStream out) {
        out.println("Usage: arbot [COMMAND [ARGS]] | arbot [--spring.option=value ...]");
        out.println();
        out.println("With no command, arbot starts the server (console, Slack and Teams endpoints, agent API).");
        out.println();
        out.println("Commands:");
        commands.stream().sorted(Comparator.comparing(c -> String.join(" ", c.name())))
                .forEach(c -> out.printf("  %-22s %s%n", String.join(" ", c.name()), c.summary()));
        out.println();
        out.println("Run 'arbot COMMAND --help' for a command's options.");
    }

    private static String[] withHelpFlag(List<String> words) {
        List<String> withHelp = new ArrayList<>(words);
        withHelp.add("--help");
        return withHelp.toArray(String[]::new);
    }

    private static boolean startsWith(List<String> words, List<String> name) {
        return words.size() >= name.size() && words.subList(0, name.size()).equals(name);
    }

    private static boolean isHelp(String word) {
        return word.equals("--help") || word.equals("-h");
    }
}
