package org.arbot.intacct;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.arbot.core.ledger.LedgerException;

/**
 * Sends one REST call to Intacct through the concurrency limit and retries: adds the bearer token (fetched again once
 * when Intacct answers 401) and the entity header, and turns every failure into a {@link LedgerException}.
 */
final class IntacctHttp {

    private final IntacctSettings settings;
    private final HttpClient client;
    private final ObjectMapper json;
    private final IntacctCalls calls;
    private final IntacctTokens tokens;

    IntacctHttp(IntacctSettings settings, Clock clock, HttpClient client, ObjectMapper json, IntacctCalls calls) {
        this.settings = settings;
        this.client = client;
        this.json = json;
        this.calls = calls;
        this.tokens = new IntacctTokens(settings, clock, this);
    }

    /** Obtains a token now (or reuses a valid one), so that a refused grant shows before any other call. */
    void authorize() {
        tokens.bearer();
    }

    ObjectMapper json() {
        return json;
    }

    /**
     * Sends {@code method path} with an optional JSON body and returns the parsed response body (null for 204).
     * Everything but a create is repeatable: queries and GETs read, PATCHes set absolute values.
     */
    JsonNode send(String method, String path, JsonNode body) {
        return send(method, path, body, !method.equals("POST") || path.startsWith("/services/"));
    }

    /** Sends a call whose repeatability the caller knows (a composite repeats safely only when every sub-request reads). */
    JsonNode send(String method, String path, JsonNode body, boolean repeatable) {
        return calls.run(repeatable, () -> sendOnce(method, path, body));
    }

    private JsonNode sendOnce(String method, String path, JsonNode body) {
        HttpResponse<String> response = exchange(method, path, body, tokens.bearer());
        if (response.statusCode() == 401) {
            tokens.invalidate();
            response = exchange(method, path, body, tokens.bearer());
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

    HttpResponse<String> transmit(HttpRequest request, String what) {
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

    JsonNode read(HttpResponse<String> response, String what) {
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

}
