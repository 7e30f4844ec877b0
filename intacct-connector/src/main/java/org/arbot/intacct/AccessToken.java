package org.arbot.intacct;

import java.time.Duration;
import java.time.Instant;

/** A bearer token and when to stop using it: a minute before it expires, so that no request carries a dying token. */
record AccessToken(String value, Instant expiresAt) {

    static final Duration MARGIN = Duration.ofSeconds(60);

    boolean usableAt(Instant now) {
        return now.isBefore(expiresAt.minus(MARGIN));
    }
}
