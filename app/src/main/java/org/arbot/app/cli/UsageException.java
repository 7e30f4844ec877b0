package org.arbot.app.cli;

/** Thrown by a command whose arguments are wrong; the command line prints the message and the command's usage. */
public final class UsageException extends RuntimeException {

    public UsageException(String message) {
        super(message);
    }
}
