package org.arbot.app.slack.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code block_actions} clicks as Slack sends them in HTTP mode: a form body {@code payload=<json>} in the shape of
 * Slack's button sample, signed {@code v0=HMAC-SHA256(secret, "v0:" + timestamp + ":" + body)}. Every click has its own
 * {@code action_ts}, so none is a redelivery; they go round the given proposals' cards.
 */
final class SignedClicks {

    /** One request: its body and the two headers Slack signs it with. */
    record Click(String body, String timestamp, String signature) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTION_TS = "ACTIONTS";

    private final SlackSignature.Generator signer;
    private final List<String[]> templates;
    private final AtomicLong sequence = new AtomicLong();

    /**
     * @param user the Slack user who clicks
     * @param proposals the proposal ids on the cards clicked, in turn
     */
    SignedClicks(String secret, String user, String channel, List<String> proposals) {
        this.signer = new SlackSignature.Generator(secret);
        this.templates = proposals.stream().map(p -> template(user, channel, p)).toList();
    }

    /** The next click, signed now. */
    Click next() {
        long n = sequence.incrementAndGet();
        String[] parts = templates.get((int) (n % templates.size()));
        String body = parts[0] + "1700000000." + n + parts[1];
        String timestamp = Long.toString(System.currentTimeMillis() / 1000);
        return new Click(body, timestamp, signer.generate(timestamp, body));
    }

    /** The form body split around the action ts, so each click costs a concatenation, not a JSON encoding. */
    private static String[] template(String user, String channel, String proposal) {
        ObjectNode payload = JSON.createObjectNode().put("type", "block_actions");
        payload.putObject("team").put("id", "T0BENCH").put("domain", "arbot-bench");
        payload.putObject("user").put("id", user).put("username", "maria").put("team_id", "T0BENCH");
        payload.put("api_app_id", "A0ARBOT").put("token", "bench-verification-token");
        payload.putObject("container").put("type", "message").put("message_ts", "1700000000.000100")
                .put("channel_id", channel).put("is_ephemeral", false);
        payload.put("trigger_id", "1700000000.1.bench");
        payload.putObject("channel").put("id", channel).put("name", "ar-bench");
        payload.putObject("message").put("bot_id", "B0ARBOT").put("type", "message").put("text", "card")
                .put("user", "U0ARBOT").put("ts", "1700000000.000100");
        payload.put("response_url", "https://hooks.slack.com/actions/A0ARBOT/1/bench");
        ObjectNode action = payload.putArray("actions").addObject().put("action_id", "approve").put("block_id", "actions");
        action.putObject("text").put("type", "plain_text").put("text", "Approve").put("emoji", true);
        action.put("value", "{\"proposal\":\"" + proposal + "\"}").put("type", "button").put("action_ts", ACTION_TS);
        String body = "payload=" + URLEncoder.encode(payload.toString(), StandardCharsets.UTF_8);
        int at = body.indexOf(ACTION_TS);
        return new String[] {body.substring(0, at), body.substring(at + ACTION_TS.length())};
    }
}
