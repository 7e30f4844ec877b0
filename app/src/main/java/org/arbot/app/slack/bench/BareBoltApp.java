package org.arbot.app.slack.bench;

import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import java.net.URI;
import java.util.Map;
import java.util.regex.Pattern;
import org.arbot.slack.SlackBoltApp;
import org.arbot.slack.SlackSettings;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;

/**
 * The baseline: a Bolt app configured as arbot's (signing secret, single-team bot token, the same Web API) whose only
 * handler acks the {@code approve} button, behind the same servlet in a Tomcat with Spring Boot's defaults.
 */
final class BareBoltApp implements AutoCloseable {

    private final WebServer server;

    private BareBoltApp(WebServer server) {
        this.server = server;
    }

    static BareBoltApp start(String signingSecret, String apiUrl) {
        SlackSettings settings = new SlackSettings("xoxb-bench", signingSecret, apiUrl, Map.of());
        App app = new App(AppConfig.builder().signingSecret(settings.signingSecret())
                .singleTeamBotToken(settings.botToken()).slack(SlackBoltApp.slack(settings)).build());
        app.blockAction(Pattern.compile("^(approve)$"), (request, context) -> context.ack());
        WebServer server = new TomcatServletWebServerFactory(0).getWebServer(servlets ->
                servlets.addServlet("slack", new SlackAppServlet(app)).addMapping("/slack/events"));
        server.start();
        return new BareBoltApp(server);
    }

    URI events() {
        return URI.create("http://127.0.0.1:" + server.getPort() + "/slack/events");
    }

    @Override
    public void close() {
        server.stop();
    }
}
