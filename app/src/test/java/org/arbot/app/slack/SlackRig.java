package org.arbot.app.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Slack's side of the tests: the real samples from the shared contracts, signed as Slack signs them. */
final class SlackRig {

    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private SlackRig() {
    }

    static Path contracts() {
        return Path.of(System.getProperty("arbot.shared.dir", "../../shared"), "contracts", "slack");
    }

    static String sample(String name) {
        try {
            return Files.readString(contracts().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode sampleJson(String name) {
        try {
            return (ObjectNode) JSON.readTree(sample(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shared {@code block_actions} sample, clicked by {@code user} on {@code action} of the card at {@code ts}. */
    static String click(String user, String channel, String ts, String action, String value, String actionTs) {
        ObjectNode payload = sampleJson("examples/block_actions.button.json");
        ((ObjectNode) payload.get("user")).put("id", user);
        ObjectNode container = (ObjectNode) payload.get("container");
        container.put("type", "message").put("message_ts", ts).put("channel_id", channel);
        container.remove("attachment_id");
        ((ObjectNode) payload.get("channel")).put("id", channel);
        ((ObjectNode) payload.get("message")).put("ts", ts);
        ObjectNode a = (ObjectNode) payload.get("actions").get(0);
        a.put("action_id", action).put("value", value).put("action_ts", actionTs);
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    static HttpResponse<String> post(int port, String body, String contentType, long timestamp, String signature,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", Long.toString(timestamp))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts the body signed now with the app's signing secret. */
    static HttpResponse<String> signed(int port, String body, String contentType, Map<String, String> headers) {
        long now = System.currentTimeMillis() / 1000;
        return post(port, body, contentType, now, signature(SECRET, now, body), headers);
    }

    static HttpResponse<String> signedForm(int port, String body) {
        return signed(port, body, "application/x-www-form-urlencoded", Map.of());
    }

    static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(("v0:" + timestamp + ":" + body)
                    .getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A form-encoded Web API request body as its parameters. */
    static Map<String, String> form(String body) {
        Map<String, String> params = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    static JsonNode tree(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
