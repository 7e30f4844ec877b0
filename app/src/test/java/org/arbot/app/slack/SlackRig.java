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
        payload.put("trigger_id", triggerId(user, actionTs));
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    /** The trigger id Slack gives a click: unique per click, so each opens its own modal. */
    static String triggerId(String user, String actionTs) {
        return "12321423423." + actionTs.replace(".", "") + "." + user.toLowerCase(java.util.Locale.ROOT);
    }

    /** The same click on a button of the home tab, where the container is the view and there is no channel. */
    static String clickInView(String user, String viewId, String action, String value, String actionTs) {
        ObjectNode payload = sampleJson("examples/block_actions.button.json");
        ((ObjectNode) payload.get("user")).put("id", user);
        payload.putObject("container").put("type", "view").put("view_id", viewId);
        payload.remove("channel");
        payload.remove("message");
        payload.remove("response_url");
        payload.putObject("view").put("id", viewId).put("type", "home").put("private_metadata", "");
        ObjectNode a = (ObjectNode) payload.get("actions").get(0);
        a.put("action_id", action).put("value", value).put("action_ts", actionTs);
        payload.put("trigger_id", triggerId(user, actionTs));
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    /**
     * The shared {@code view_submission} sample as {@code user} submits the modal {@code viewId} opened under
     * {@code callbackId} with {@code metadata}, its state values replaced by {@code values}.
     */
    static String submission(String user, String viewId, String callbackId, String metadata, ObjectNode values) {
        ObjectNode payload = sampleJson("examples/view_submission.static_select.json");
        ((ObjectNode) payload.get("user")).put("id", user);
        ObjectNode view = (ObjectNode) payload.get("view");
        view.put("id", viewId).put("callback_id", callbackId).put("private_metadata", metadata);
        ((ObjectNode) view.get("state")).set("values", values);
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    /** A {@code block_suggestion} (options load) in Slack's shape: what {@code user} typed into a select of the modal. */
    static String suggestion(String user, String viewId, String metadata, String actionId, String typed) {
        ObjectNode submitted = sampleJson("examples/view_submission.static_select.json");
        ObjectNode payload = JSON.createObjectNode().put("type", "block_suggestion");
        payload.set("user", ((ObjectNode) submitted.get("user")).put("id", user));
        payload.putObject("container").put("type", "view").put("view_id", viewId);
        payload.put("api_app_id", submitted.path("api_app_id").asText()).put("token", submitted.path("token").asText());
        payload.put("action_id", actionId).put("block_id", actionId).put("value", typed);
        payload.set("team", submitted.get("team"));
        ObjectNode view = (ObjectNode) submitted.get("view");
        view.put("id", viewId).put("private_metadata", metadata);
        payload.set("view", view);
        return "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
    }

    /** An {@code app_home_opened} event in Slack's event wrapper (the shared DM sample's envelope). */
    static String homeOpened(String user, String eventId) {
        ObjectNode wrapper = sampleJson("examples/event_callback.message.im.json").put("event_id", eventId);
        ObjectNode event = JSON.createObjectNode().put("type", "app_home_opened").put("user", user)
                .put("channel", "D0HOME" + user.substring(1, 6)).put("tab", "home").put("event_ts", "1515449522000016");
        wrapper.set("event", event);
        return wrapper.toString();
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
