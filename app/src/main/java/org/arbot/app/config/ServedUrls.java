package org.arbot.app.config;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Logs, once the server listens, the addresses arbot serves and which parts are embedded and which are real. */
@Component
class ServedUrls implements ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(ServedUrls.class);

    private final ArbotProperties properties;
    private final Environment environment;
    private final List<RunningPart> parts;

    ServedUrls(ArbotProperties properties, Environment environment, List<RunningPart> parts) {
        this.properties = properties;
        this.environment = environment;
        this.parts = parts;
    }

    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        String base = "http://localhost:" + event.getWebServer().getPort();
        List<String> lines = new ArrayList<>();
        lines.add("arbot is up");
        lines.add("  console        " + base + "/");
        lines.add("  health         " + base + "/actuator/health");
        lines.add("  agent API      " + base + "/api/v1/agents/...");
        lines.add("  Slack events   " + base + "/slack/events" + (!properties.slack().configured()
                ? "   (off: set ARBOT_SLACK_BOT_TOKEN)"
                : properties.slack().appToken() != null ? "   and Socket Mode (ARBOT_SLACK_APP_TOKEN)" : ""));
        lines.add("  Teams messages " + base + "/api/messages" + (properties.teams().configured() ? "" : "   (off: set ARBOT_TEAMS_APP_ID)"));
        lines.add("  database       " + environment.getProperty("spring.datasource.url", "none"));
        parts.forEach(part -> lines.add(String.format("  %-14s %s", part.name(), part.describe())));
        log.info(String.join(System.lineSeparator(), lines));
    }
}
