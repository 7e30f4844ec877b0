package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.arbot.core.ledger.LedgerException;

/**
 * Sends one REST call to Intacct: adds the bearer token (fetched and cached until shortly before it expires, fetched
 * again once when Intacct answers 401) and the entity header, and turns every failure into a {@link LedgerException}.
 */
final class IntacctHttp {

    private final IntacctSettings settings;
    private final Clock clock;
    private final HttpClient client;
    private final ObjectMapper json;
    private final IntacctCalls calls;
    private AccessToken token;
    private String refreshToken;

    IntacctHttp(IntacctSettings settings, Clock clock, HttpClient client, ObjectMapper json, IntacctCalls calls) {
        this.settings = settings;
        this.clock = clock;
        this.client = client;
        this.json = json;
        this.calls = calls;
        this.refreshToken = settings.refreshToken().orElse(null);
    }

    ObjectMapper json() {
        return json;
    }

    /**
     * Sends {@code method path} with an optional JSON body and returns the parsed response body (null for 204).
     * Everything but a create is repeatable: queries and GETs read, PATCHes set absolute values.
     */
    JsonNode send(String method, String path, JsonNode body) {
        boolean repeatable = !method.equals("POST") || path.startsWith("/services/");
        return calls.run(repeatable, () -> sendOnce(method, path, body));
    }

    private JsonNode sendOnce(String method, String path, JsonNode body) {
        HttpResponse<String> response = exchange(method, path, body, bearer());
        if (response.statusCode() == 401) {
            invalidateToken();
            response = exchange(method, path, body, bearer());
        }
        return read(response, method + " " + path);
    }

    private HttpResponse<String> exchange(String method, String path, JsonNode body, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(settings.timeout())
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + bearer);
        settings.entityId().ifPresent(entity -> request.header("X-IA-API-Param-Entity", entity));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        }
        return transmit(request.build(), method + " " + path);
    }

    private HttpResponse<String> transmit(HttpRequest request, String what) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.net.ConnectException | java.net.http.HttpConnectTimeoutException e) {
            throw new IntacctFailure("connectFailed", what + " could not connect: " + e.getMessage(),
                    java.util.Optional.empty(), true, e);
        } catch (HttpTimeoutException e) {
            throw new LedgerException("timeout", what + " got no answer within " + settings.timeout(), true, e);
        } catch (IOException e) {
            throw new LedgerException("transportError", what + " failed: " + e.getMessage(), true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException("interrupted", what + " was interrupted", false, e);
        }
    }

    private JsonNode read(HttpResponse<String> response, String what) {
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            throw IntacctErrors.from(status, response.body(), what, json, response.headers().firstValue("Retry-After"));
        }
        if (status == 204 || response.body().isBlank()) {
            return null;
        }
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new LedgerException("malformedResponse", what + " answered with a body that is not JSON", true, e);
        }
    }

    private synchronized String bearer() {
        if (token == null || !token.usableAt(clock.instant())) {
            token = fetchToken();
        }
        return token.value();
    }

    private synchronized void invalidateToken() {
        token = null;
    }

    /** Uses the refresh token when there is one, falling back to the client-credentials grant if it is refused. */
    private AccessToken fetchToken() {
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
        JsonNode body = read(transmit(request, "POST /oauth2/token"), "POST /oauth2/token");
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
