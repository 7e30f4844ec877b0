package org.arbot.app.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** The shared secret Intacct's trigger sends; compared in constant time, and never matched when none is configured. */
record WebhookSecret(String value) {

    boolean matches(String given) {
        if (value == null || value.isBlank() || given == null) {
            return false;
        }
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "WebhookSecret[" + (value == null || value.isBlank() ? "not set" : "set") + "]";
    }
}
