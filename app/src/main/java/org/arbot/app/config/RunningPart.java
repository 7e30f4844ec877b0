package org.arbot.app.config;

/** A part of the running app that reports, at start, whether it is the embedded default or a real service, and where. */
public interface RunningPart {

    String name();

    /** E.g. {@code "sandbox at http://127.0.0.1:40123/ia/api/v1"}; never contains a secret. */
    String describe();
}
