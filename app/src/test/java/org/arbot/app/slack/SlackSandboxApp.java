package org.arbot.app.slack;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.arbot.app.ledger.SandboxBean;
import org.arbot.core.governance.MutableClock;
import org.arbot.intacct.sandbox.IntacctSandbox;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app on its default ledger, the Intacct sandbox reached through the REST client, with Slack on over HTTP: signed
 * requests to {@code /slack/events}, Slack's Web API on WireMock answering as the shared examples do, real Redis for
 * redeliveries, governance on H2, and the clock fixed so outcome cards can be compared exactly. The Slack tests share
 * this one application context, and with it one sandbox.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SlackSandboxApp.FixedClock.class)
abstract class SlackSandboxApp {

    static final WireMockServer slackApi = new WireMockServer(options().dynamicPort());
    static final String PREFIX = "arbot-test:" + UUID.randomUUID() + ":";
    static final Path FOLDER = folder();
    static final String MARIA = "U0DEMOARM1";
    static final String CHRIS = "U0DEMOCRM1";
    static final String CARLA = "U0DEMOCOL1";
    static final String VICTOR = "U0DEMOVWR1";
    static final String TS = "1503435956.000247";
    static final String NOW = "2026-11-27T12:00:00Z";

    /** The cards the work run posted over the sandbox, channel and form, from the one run all tests share. */
    private static List<Map<String, String>> posted;

    static {
        slackApi.start();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FixedClock {
        @Bean
        @Primary
        Clock fixedClock() {
            return MutableClock.at(NOW);
        }
    }

    @DynamicPropertySource
    static void slackOnWireMock(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + FOLDER.resolve("arbot") + ";DB_CLOSE_ON_EXIT=FALSE");
        registry.add("spring.data.redis.url", () -> "redis://127.0.0.1:6379");
        registry.add("arbot.conversation.key-prefix", () -> PREFIX + "conversation:");
        registry.add("arbot.slack.delivery-key-prefix", () -> PREFIX + "delivery:");
        registry.add("arbot.slack.bot-token", () -> "xoxb-test-token");
        registry.add("arbot.slack.signing-secret", () -> SlackRig.SECRET);
        registry.add("arbot.slack.api-url", () -> slackApi.baseUrl() + "/api/");
        registry.add("arbot.slack.find-work-at-start", () -> "false");
        registry.add("arbot.slack.channels.credit", () -> "C0CREDIT");
        registry.add("arbot.slack.channels.cash-application", () -> "C0CASH");
        registry.add("arbot.slack.channels.deductions", () -> "C0DEDUCT");
        registry.add("arbot.slack.channels.collections", () -> "C0COLLECT");
        registry.add("arbot.slack.channels.alerts", () -> "C0ALERTS");
        registry.add("arbot.alerts.max-dso", () -> "1"); // so the forecast check raises an alert on the sandbox
        registry.add("arbot.charts.public-url", () -> "https://arbot.example.com"); // Slack fetches images over https only
    }

    @LocalServerPort
    int port;

    @Autowired
    SandboxBean sandboxBean;

    @Autowired
    SlackWorkRun workRun;

    @BeforeEach
    void slackAnswersAsItsExamplesDo() {
        slackApi.resetAll();
        ObjectNode auth = SlackRig.sampleJson("auth.test.json").put("ok", true).put("error", "");
        slackApi.stubFor(post(urlEqualTo("/api/auth.test")).willReturn(okJson(auth.toString())));
        for (String method : List.of("chat.postMessage", "chat.update", "chat.postEphemeral", "views.open")) {
            slackApi.stubFor(post(urlEqualTo("/api/" + method))
                    .willReturn(okJson(SlackRig.sample("examples/openapi." + method + ".200-ok.json"))));
        }
        slackApi.stubFor(post(urlEqualTo("/api/views.publish"))
                .willReturn(okJson(SlackRig.sample("examples/openapi.views.update.200-ok.json"))));
        slackApi.stubFor(post(urlEqualTo("/commands/1")).willReturn(aResponse().withStatus(200)));
    }

    IntacctSandbox sandbox() {
        return sandboxBean.running().orElseThrow();
    }

    /** The sandbox's records of an object, e.g. {@code accounts-receivable/payment}, as they stand now. */
    List<JsonNode> records(String object) {
        return sandbox().company().records(object);
    }

    /** Finds the sandbox's work once for all tests and posts its cards; returns what was posted. */
    synchronized List<Map<String, String>> postedWork() {
        if (posted == null) {
            assertThat(workRun.run()).isPositive();
            posted = requests("/api/chat.postMessage").stream().map(r -> SlackRig.form(r.getBodyAsString())).toList();
            slackApi.resetRequests();
        }
        return posted;
    }

    /** The first card posted to {@code channel} that has the button {@code actionId}. */
    Map<String, String> postedCard(String channel, String actionId) {
        return postedWork().stream().filter(f -> channel.equals(f.get("channel")))
                .filter(f -> f.get("blocks").contains("\"action_id\":\"" + actionId + "\"")).findFirst()
                .orElseThrow(() -> new AssertionError("no card with " + actionId + " posted to " + channel));
    }

    static String proposalIn(String blocks) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\\"proposal\\\\\":\\\\\"([0-9a-f-]{36})").matcher(blocks);
        assertThat(m.find()).as("a proposal id in " + blocks).isTrue();
        return m.group(1);
    }

    /** The view of the one {@code views.open} call, once made, after checking it answers the click's trigger. */
    static JsonNode openedView(String user, String actionTs) {
        await().untilAsserted(() -> assertThat(requests("/api/views.open")).hasSize(1));
        Map<String, String> open = SlackRig.form(only("/api/views.open").getBodyAsString());
        assertThat(open).containsEntry("trigger_id", SlackRig.triggerId(user, actionTs));
        return SlackRig.tree(open.get("view"));
    }

    static List<LoggedRequest> requests(String path) {
        return slackApi.findAll(postRequestedFor(urlEqualTo(path)));
    }

    static LoggedRequest only(String path) {
        List<LoggedRequest> all = requests(path);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    private static Path folder() {
        try {
            Path folder = Files.createTempDirectory("arbot-slack-it");
            folder.toFile().deleteOnExit();
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
