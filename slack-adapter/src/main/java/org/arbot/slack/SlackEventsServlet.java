package org.arbot.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.app_backend.SlackSignature;
import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.ServletAdapterOps;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.util.QueryStringParser;
import com.slack.api.bolt.util.SlackRequestParser;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP endpoint ({@code /slack/events}): Bolt's servlet, except that a signed click on a button whose handler
 * only queues slow work (the decision buttons and "why?") is acked before Bolt reads it. Bolt builds a new Gson for
 * every click it parses, most of its ack's CPU, and such a button's ack carries nothing; so the click is answered 200
 * once its signature holds (Bolt's own check: HMAC and the 5-minute window), and Bolt runs it on the slow-work pool.
 * Everything else goes through Bolt as it came: events, commands, options and view submissions (their answers carry
 * content), buttons that open a modal (their trigger id lasts 3 s), and any request whose signature fails (401).
 */
public final class SlackEventsServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(SlackEventsServlet.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PAYLOAD = "payload=";

    private final transient App app;
    private final transient SlackRequestParser parser;
    private final transient Optional<SlackSignature.Verifier> verifier;
    private final Set<String> ackFirst;
    private final transient Executor slowWork;

    SlackEventsServlet(App app, String signingSecret, Set<String> ackFirst, Executor slowWork) {
        this.app = app;
        this.parser = new SlackRequestParser(app.config());
        this.verifier = Optional.of(signingSecret).filter(s -> !s.isBlank())
                .map(s -> new SlackSignature.Verifier(new SlackSignature.Generator(s)));
        this.ackFirst = Set.copyOf(ackFirst);
        this.slowWork = slowWork;
    }

    /** The endpoint of a {@link SlackBoltApp#create} app: its decision buttons and "why?" acked first. */
    public static SlackEventsServlet of(App app, SlackSettings settings, Executor slowWork) {
        Set<String> ackFirst = new HashSet<>(ProposalClicks.DECISIONS.keySet());
        ackFirst.add("why");
        return new SlackEventsServlet(app, settings.signingSecret(), ackFirst, slowWork);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        RequestHeaders headers = new RequestHeaders(ServletAdapterOps.toHeaderMap(request));
        SlackRequestParser.HttpRequest raw = SlackRequestParser.HttpRequest.builder()
                .requestUri(request.getRequestURI()).queryString(QueryStringParser.toMap(request.getQueryString()))
                .headers(headers).requestBody(ServletAdapterOps.doReadRequestBodyAsString(request))
                .remoteAddress(request.getRemoteAddr()).build();
        if (acksFirst(raw.getRequestBody()) && signed(raw.getRequestBody(), headers)) {
            response.setStatus(HttpServletResponse.SC_OK);
            slowWork.execute(() -> {
                Response late = run(raw);
                if (late.getStatusCode() != HttpServletResponse.SC_OK) {
                    log.warn("Bolt answered {} to a click already acked: {}", late.getStatusCode(), late.getBody());
                }
            });
            return;
        }
        ServletAdapterOps.writeResponse(response, run(raw));
    }

    private Response run(SlackRequestParser.HttpRequest raw) {
        Request<?> request = parser.parse(raw);
        if (request == null) {
            return Response.builder().statusCode(400).body("Invalid Request").build();
        }
        try {
            return app.run(request);
        } catch (Exception e) {
            log.error("Failed to handle a Slack request: {}", e.getMessage(), e);
            return Response.json(500, "{\"error\":\"Something is wrong\"}");
        }
    }

    /** A {@code block_actions} payload whose every action is one of the ack-first buttons. */
    boolean acksFirst(String body) {
        if (body == null || !body.startsWith(PAYLOAD)) {
            return false;
        }
        try {
            JsonNode payload = JSON.readTree(URLDecoder.decode(body.substring(PAYLOAD.length()), StandardCharsets.UTF_8));
            JsonNode actions = payload.path("actions");
            if (!"block_actions".equals(payload.path("type").asText()) || !actions.isArray() || actions.isEmpty()) {
                return false;
            }
            for (JsonNode action : actions) {
                if (!ackFirst.contains(action.path("action_id").asText())) {
                    return false;
                }
            }
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private boolean signed(String body, RequestHeaders headers) {
        return verifier.map(v -> v.isValid(headers.getFirstValue(SlackSignature.HeaderNames.X_SLACK_REQUEST_TIMESTAMP),
                body, headers.getFirstValue(SlackSignature.HeaderNames.X_SLACK_SIGNATURE))).orElse(false);
    }
}
