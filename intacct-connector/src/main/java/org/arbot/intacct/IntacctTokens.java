package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.arbot.core.ledger.LedgerException;

/**
 * The OAuth2 bearer token for Intacct: fetched from {@code /oauth2/token} on first use, cached until a minute before
 * it expires, and fetched again when Intacct refuses it. The refresh token (given, then rotated by each answer) is
 * tried first; the client-credentials grant is the fallback.
 */
final class IntacctTokens {

    private final IntacctSettings settings;
    private final Clock clock;
    private final IntacctHttp http;
    private AccessToken token;
    private String refreshToken;

    IntacctTokens(IntacctSettings settings, Clock clock, IntacctHttp http) {
        this.settings = settings;
        this.clock = clock;
        this.http = http;
        this.refreshToken = settings.refreshToken().orElse(null);
    }

    synchronized String bearer() {
        if (token == null || !token.usableAt(clock.instant())) {
            token = fetch();
        }
        return token.value();
    }

    synchronized void invalidate() {
        token = null;
    }

    private AccessToken fetch() {
        if (refreshToken != null) {
            try {
                return grant("grant_type=refresh_token&refresh_token=" + encode(refreshToken) + credentials());
            } catch (LedgerException refused) {
                if (refused.retryable()) {
                    throw refused;
                }
                refreshToken = null;
            }
        }
        return grant("grant_type=client_credentials" + credentials());
    }

    private AccessToken grant(String form) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + "/oauth2/token"))
                .timeout(settings.timeout())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        JsonNode body = http.read(http.transmit(request, "POST /oauth2/token"), "POST /oauth2/token");
        if (body == null || !body.hasNonNull("access_token")) {
            throw new LedgerException("malformedResponse", "the token endpoint answered without an access_token", true);
        }
        if (body.hasNonNull("refresh_token")) {
            refreshToken = body.get("refresh_token").asText();
        }
        long seconds = body.path("expires_in").asLong(3600);
        return new AccessToken(body.get("access_token").asText(), clock.instant().plusSeconds(seconds));
    }

    private String credentials() {
        return "&client_id=" + encode(settings.clientId()) + "&client_secret=" + encode(settings.clientSecret());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
