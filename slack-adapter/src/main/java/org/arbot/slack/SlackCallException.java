package org.arbot.slack;

/** Slack's Web API refused a call or could not be reached, after any rate limit was waited out. */
public final class SlackCallException extends RuntimeException {

    public SlackCallException(String message) {
        super(message);
    }
}
