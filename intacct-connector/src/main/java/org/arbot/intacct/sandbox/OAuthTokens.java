package org.arbot.intacct.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code POST /oauth2/token}: issues bearer tokens to the demo client for {@code client_credentials} and
 * {@code refresh_token} grants, and checks the {@code Authorization} header of every other request.
 */
final class OAuthTokens {

    static final long EXPIRES_IN_SECONDS = 3600;

    private final String clientId;
    private final String clientSecret;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Boolean> refreshTokens = new ConcurrentHashMap<>();

    OAuthTokens(String clientId, String clientSecret, Clock clock) {
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.clock = clock;
    }

    ObjectNode grant(String formBody, ObjectMapper json) {
        Map<String, String> form = form(formBody);
        String grantType = form.getOrDefault("grant_type", "");
        switch (grantType) {
            case "client_credentials" -> {
                if (!clientId.equals(form.get("client_id")) || !clientSecret.equals(form.get("client_secret"))) {
                    throw SandboxError.unauthorized("client_id or client_secret is not valid");
                }
            }
            case "refresh_token" -> {
                if (form.get("refresh_token") == null || refreshTokens.remove(form.get("refresh_token")) == null) {
                    throw SandboxError.unauthorized("refresh_token is not valid");
                }
            }
            default -> throw SandboxError.invalid("grant_type must be client_credentials or refresh_token", "/grant_type");
        }
        String access = token();
        String refresh = token();
        accessTokens.put(access, clock.instant().plusSeconds(EXPIRES_IN_SECONDS));
        refreshTokens.put(refresh, Boolean.TRUE);
        ObjectNode body = json.createObjectNode();
        body.put("access_token", access).put("token_type", "Bearer").put("expires_in", EXPIRES_IN_SECONDS)
                .put("refresh_token", refresh);
        return body;
    }

    /** Refuses the request unless it carries a bearer token this sandbox issued and that has not expired. */
    void requireBearer(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            throw SandboxError.unauthorized("the request needs an Authorization: Bearer header");
        }
        Instant expiry = accessTokens.get(authorization.substring("Bearer ".length()).trim());
        if (expiry == null || !clock.instant().isBefore(expiry)) {
            throw SandboxError.unauthorized("the access token is not valid or has expired");
        }
    }

    /** A refresh token issued for a long-lived connection, as if a person had authorised the app once. */
    String issueRefreshToken() {
        String refresh = token();
        refreshTokens.put(refresh, Boolean.TRUE);
        return refresh;
    }

    private String token() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
