package org.arbot.core.conversation;

/** Thrown by {@link Conversations} when the state store cannot be reached; nothing was read or written. */
public final class StateUnavailableException extends RuntimeException {

    public StateUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
