package org.arbot.intacct;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach one Intacct company: the API root ({@code https://api.intacct.com/ia/api/v1} or the sandbox's), the
 * OAuth client, an optional refresh token from an authorisation-code grant, the entity to act in (multi-entity
 * companies) and the per-request timeout.
 */
public record IntacctSettings(
        URI baseUrl,
        String clientId,
        String clientSecret,
        Optional<String> refreshToken,
        Optional<String> entityId,
        Duration timeout) {

    public IntacctSettings {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(entityId, "entityId");
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, got " + timeout);
        }
    }

    /** Settings with a client-credentials grant, no entity and a 30-second timeout. */
    public static IntacctSettings of(URI baseUrl, String clientId, String clientSecret) {
        return new IntacctSettings(baseUrl, clientId, clientSecret, Optional.empty(), Optional.empty(), Duration.ofSeconds(30));
    }

    @Override
    public String toString() {
        return "IntacctSettings[baseUrl=" + baseUrl + ", clientId=" + clientId + ", entityId=" + entityId.orElse("-")
                + ", timeout=" + timeout + "]";
    }
}
